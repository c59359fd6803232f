def gen():
    yield from (x * x for x in range(5))
    yield from (c for c in "hi")

print(list(gen()))
