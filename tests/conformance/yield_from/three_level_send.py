def level3():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def level2():
    result = yield from level3()
    return result * 10

def level1():
    result = yield from level2()
    yield f"final {result}"

g = level1()
print(next(g))
print(g.send(1), g.send(2), g.send(3))
print(g.send(None))
