def gen():
    a = yield "first"
    b = yield f"second (a={a})"
    yield f"third (b={b})"

g = gen()
print(g.send(None))
print(next(g))
print(g.send("B"))
