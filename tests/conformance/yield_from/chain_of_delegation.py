def level3():
    yield "L3"
    return 3

def level2():
    r = yield from level3()
    yield f"L2 got {r}"
    return r + 2

def level1():
    r = yield from level2()
    yield f"L1 got {r}"

for v in level1():
    print(v)
