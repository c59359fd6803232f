def outer():
    yield from ["a", "b"]

g = outer()
next(g)
try:
    g.throw(ValueError("into list iterator"))
except ValueError as e:
    print("raised in outer:", e)
print(list(g))
