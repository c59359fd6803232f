import inspect

def inner():
    yield "a"
    yield "b"

def outer():
    yield "before"
    yield from inner()
    yield "after"

g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
sub = g.gi_yieldfrom
print(type(sub).__name__, inspect.getgeneratorstate(sub))
next(g)
next(g)
print(g.gi_yieldfrom, inspect.getgeneratorstate(sub))
