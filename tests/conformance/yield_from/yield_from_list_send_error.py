def outer():
    yield from [1, 2, 3]

g = outer()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
