from itertools import islice

def gen():
    yield from range(5)

print(list(islice(gen(), 3)))
print(list(islice(gen(), -1)))
