def numbers():
    yield from range(3)

def letters():
    yield from "xyz"

def both():
    yield from numbers()
    yield from letters()
    return "both done"

g = both()
while True:
    try:
        print(next(g), end=" ")
    except StopIteration as e:
        print()
        print(e.value)
        break
