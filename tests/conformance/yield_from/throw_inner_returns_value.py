def inner():
    try:
        yield "working"
    except ValueError:
        return "inner stopped early"
    return "inner finished"

def outer():
    outcome = yield from inner()
    yield outcome

g = outer()
print(next(g))
print(g.throw(ValueError))
h = outer()
next(h)
print(next(h))
