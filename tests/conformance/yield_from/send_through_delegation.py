def inner():
    while True:
        received = yield "inner ready"
        if received == "quit":
            return "inner done"
        print("inner received", received)

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer finished"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("quit"))
