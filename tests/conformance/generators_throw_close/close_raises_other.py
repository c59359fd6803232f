def gen():
    try:
        yield
    except GeneratorExit:
        raise ValueError("error while closing")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised:", e)
