def handlers():
    yield lambda x: x + 1
    yield lambda x: x * 2
    yield str

value = 5
for h in handlers():
    value = h(value)
    print(repr(value))
