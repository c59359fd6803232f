def adder():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def manager():
    subtotals = []
    for _ in range(2):
        subtotals.append((yield from adder()))
    return subtotals

m = manager()
next(m)
for x in [1, 2, 3, None, 10, 20, None]:
    try:
        print(m.send(x))
    except StopIteration as e:
        print("subtotals:", e.value)
