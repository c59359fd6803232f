def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner handled", e)
        yield "inner recovered"

def outer():
    yield from inner()
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(next(g, "end"))
