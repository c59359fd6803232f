def triangular():
    n, total = 1, 0
    while True:
        total += n
        yield total
        n += 1

def squares():
    n = 1
    while True:
        yield n * n
        n += 1

def common(a, b):
    x, y = next(a), next(b)
    while True:
        if x == y:
            yield x
            x, y = next(a), next(b)
        elif x < y:
            x = next(a)
        else:
            y = next(b)

c = common(triangular(), squares())
print([next(c) for _ in range(4)])
