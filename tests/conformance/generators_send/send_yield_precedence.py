def gen():
    x = yield 1
    y = (yield 2) + 10
    z = yield x, y
    print("z:", z)

g = gen()
print(next(g))
print(g.send(5))
print(g.send(7))
try:
    g.send("last")
except StopIteration:
    print("done")
