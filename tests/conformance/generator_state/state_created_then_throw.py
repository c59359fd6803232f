import inspect

def gen():
    yield 1

g = gen()
try:
    g.throw(ValueError("x"))
except ValueError:
    pass
print(inspect.getgeneratorstate(g))
