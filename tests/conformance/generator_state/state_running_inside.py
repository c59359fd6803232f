import inspect

def gen():
    print("inside:", inspect.getgeneratorstate(g))
    print("gi_running inside:", g.gi_running)
    yield

g = gen()
print("gi_running before:", g.gi_running)
next(g)
print("gi_running after:", g.gi_running)
