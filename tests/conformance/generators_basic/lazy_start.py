def gen():
    print("body started")
    yield 1
    print("after first yield")
    yield 2

g = gen()
print("generator created")
print(next(g))
print("between")
print(next(g))
