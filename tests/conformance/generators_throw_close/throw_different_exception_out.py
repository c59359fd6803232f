def gen():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

g = gen()
next(g)
try:
    g.throw(ValueError("original"))
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__))
