def gen():
    try:
        yield 1
    finally:
        yield "cleanup value"

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
