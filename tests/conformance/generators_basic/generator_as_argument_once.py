def gen():
    yield 3
    yield 1
    yield 2

g = gen()
print(sorted(g))
print(sorted(g))
print(3 in gen())
g = gen()
print(1 in g, list(g))
