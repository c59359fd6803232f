from itertools import chain

def part(name, n):
    print("start", name)
    for i in range(n):
        yield f"{name}{i}"

combined = chain(part("a", 2), part("b", 2))
print("chain created")
print(next(combined))
print(list(combined))
