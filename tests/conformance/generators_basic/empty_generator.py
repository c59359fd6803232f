def nothing():
    return
    yield

g = nothing()
print(type(g).__name__)
print(list(g))
print(next(nothing(), "default"))
