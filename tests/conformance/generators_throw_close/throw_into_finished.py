def gen():
    yield 1

g = gen()
list(g)
try:
    g.throw(RuntimeError("after end"))
except RuntimeError as e:
    print("raised directly:", e)
