def gen():
    try:
        yield 1
    except ValueError:
        print("in handler")
        raise

g = gen()
next(g)
try:
    g.throw(ValueError("ctx"))
except ValueError as e:
    print(type(e).__name__, e, e.__context__)
