def gen():
    yield 1

for value in gen():
    print value
