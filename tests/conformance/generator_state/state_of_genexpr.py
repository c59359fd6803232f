import inspect

g = (c.upper() for c in "abc")
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(list(g))
print(inspect.getgeneratorstate(g))
print(g.gi_frame is None)
