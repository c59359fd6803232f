def inner():
    yield 1
    yield 2
    yield 3

shared = inner()

def outer():
    yield from shared

o = outer()
print(next(o))
print(next(shared))
print(next(o))
print(list(o))
