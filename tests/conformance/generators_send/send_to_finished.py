def gen():
    yield 1

g = gen()
next(g)
try:
    g.send(5)
except StopIteration:
    print("StopIteration on send")
try:
    g.send(6)
except StopIteration as e:
    print("still StopIteration", e.value)
