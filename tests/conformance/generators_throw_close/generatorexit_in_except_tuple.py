def gen():
    try:
        yield
    except (GeneratorExit, ValueError) as e:
        print("exiting because of", type(e).__name__)
        raise

g = gen()
next(g)
g.close()
h = gen()
next(h)
try:
    h.throw(ValueError)
except ValueError:
    print("ValueError propagated")
