import inspect

def gen():
    yield 1
    raise ValueError("oops")

g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print("error:", e)
print(inspect.getgeneratorstate(g))
print(g.gi_frame)
