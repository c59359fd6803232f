class Ctx:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None, v)
        return t is KeyError

def gen():
    with Ctx():
        yield 1
    yield "after with"

g = gen()
next(g)
print(g.throw(KeyError("swallowed")))
g2 = gen()
next(g2)
try:
    g2.throw(ValueError("not swallowed"))
except ValueError as e:
    print("escaped:", e)
