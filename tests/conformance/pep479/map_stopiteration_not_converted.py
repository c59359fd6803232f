def boom(x):
    if x == 2:
        raise StopIteration
    return x * 10

print(list(map(boom, [1, 2, 3])))

def gen():
    yield from map(boom, [1, 2, 3])

print(list(gen()))
