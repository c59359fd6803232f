def letters():
    yield "a"
    yield "b"

g = letters()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
