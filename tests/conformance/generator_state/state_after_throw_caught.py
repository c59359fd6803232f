import inspect

def gen():
    while True:
        try:
            yield
        except ValueError:
            print("caught")

g = gen()
next(g)
g.throw(ValueError)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
