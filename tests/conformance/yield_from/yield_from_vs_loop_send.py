def inner():
    x = yield "first"
    print("inner saw", x)
    yield "second"

def with_loop():
    for v in inner():
        yield v

def with_yield_from():
    yield from inner()

for make in (with_loop, with_yield_from):
    g = make()
    next(g)
    g.send("sent value")
