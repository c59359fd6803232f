def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally block")

g = gen()
next(g)
try:
    g.throw(OSError("disk full"))
except OSError as e:
    print("caught", e)
