def gen():
    yield "only"
    next(iter([]))

for value in gen():
    print(value)
