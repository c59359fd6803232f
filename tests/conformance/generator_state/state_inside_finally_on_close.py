import inspect

def gen():
    try:
        yield 1
    finally:
        print("finally state:", inspect.getgeneratorstate(g))

g = gen()
next(g)
g.close()
print("after:", inspect.getgeneratorstate(g))
