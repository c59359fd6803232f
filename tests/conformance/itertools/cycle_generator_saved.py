from itertools import cycle

def source():
    print("source runs once")
    yield 1
    yield 2

c = cycle(source())
print([next(c) for _ in range(6)])
print(list(zip(range(3), cycle([]))))
