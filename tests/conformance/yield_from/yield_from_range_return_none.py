def gen():
    result = yield from range(3)
    yield result

print(list(gen()))
