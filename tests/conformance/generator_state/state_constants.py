import inspect

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)

def gen():
    yield

g = gen()
print(inspect.getgeneratorstate(g) == inspect.GEN_CREATED)
