def head(iterable):
    it = iter(iterable)
    yield next(it)

print(list(head([1, 2])))
print(list(head([])))
