def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
g.close()
