import inspect

def gen():
    yield 1
    return "r"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
print(inspect.getgeneratorstate(g), g.gi_frame)
