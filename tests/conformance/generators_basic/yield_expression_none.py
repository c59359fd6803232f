def gen():
    x = yield 1
    print("x is", x)
    y = yield 2
    print("y is", y)

for v in gen():
    print("got", v)
