def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(KeyError("missing"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "exhausted"))
