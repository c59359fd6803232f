def gen(d):
    yield from d
    yield from d.values()
    yield from d.items()

print(list(gen({"a": 1, "b": 2})))
