def merge(a, b):
    a, b = iter(a), iter(b)
    sentinel = object()
    x, y = next(a, sentinel), next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if x <= y:
            yield x
            x = next(a, sentinel)
        else:
            yield y
            y = next(b, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)

print(list(merge([1, 4, 9], [2, 3, 10, 11])))
print(list(merge([], [5])), list(merge("ace", "bd")))
