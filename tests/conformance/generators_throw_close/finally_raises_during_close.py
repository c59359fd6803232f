def gen():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
    print("context:", type(e.__context__).__name__)
