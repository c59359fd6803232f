def window(iterable, size=2, step):
    yield from iterable
