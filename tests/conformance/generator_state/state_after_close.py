import inspect

def gen():
    yield 1

g = gen()
g.close()
print(inspect.getgeneratorstate(g))
h = gen()
next(h)
h.close()
print(inspect.getgeneratorstate(h))
