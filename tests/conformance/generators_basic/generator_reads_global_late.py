factor = 1

def scaled(values):
    for v in values:
        yield v * factor

g = scaled([1, 2, 3])
print(next(g))
factor = 10
print(next(g))
factor = 100
print(next(g))
