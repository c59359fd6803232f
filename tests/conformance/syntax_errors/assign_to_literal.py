def gen():
    yield 1

5 = next(gen())
