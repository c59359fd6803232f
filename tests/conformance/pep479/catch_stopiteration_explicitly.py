def pairs(iterable):
    it = iter(iterable)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pairs(range(7))))
print(list(pairs("abcd")))
