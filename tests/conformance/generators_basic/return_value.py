def gen():
    yield 1
    yield 2
    return "finished"

g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value)
    print("args:", e.args)
