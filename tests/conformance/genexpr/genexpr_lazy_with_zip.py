def trace(name, values):
    for v in values:
        print(f"{name}->{v}")
        yield v

a = (x * 10 for x in trace("a", [1, 2, 3]))
b = (y + 1 for y in trace("b", [5, 6]))
print(list(zip(a, b)))
