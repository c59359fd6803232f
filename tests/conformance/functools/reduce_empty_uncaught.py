from functools import reduce

def nothing():
    return
    yield

print(reduce(lambda a, b: a + b, [1, 2, 3]))
print(reduce(lambda a, b: a + b, nothing()))
