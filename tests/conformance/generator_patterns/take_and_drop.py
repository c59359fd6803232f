def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

def drop(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        next(it, None)
    yield from it

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
print(list(take(3, drop(10, naturals()))))
