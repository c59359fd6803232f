def gen():
    yield 1

g = gen()
next(g)
g.close()
g.close()
print("close is idempotent")
h = gen()
list(h)
h.close()
print("close after exhaustion is fine")
