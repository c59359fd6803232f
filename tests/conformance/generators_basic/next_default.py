def two():
    yield 1
    yield 2

g = two()
print(next(g, "empty"))
print(next(g, "empty"))
print(next(g, "empty"))
print(next(g, "empty"))
