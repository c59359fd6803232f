def gen():
    yield 1

g = gen()
next(g)
g.close()
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("still closed")
