def gen(value, value):
    yield value
