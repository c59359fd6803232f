import inspect

def gen():
    yield 1

def normal():
    return 1

g = gen()
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(normal))
print(inspect.isgenerator(g), inspect.isgenerator(gen))
print(inspect.isgenerator(x for x in []))
print(inspect.isgenerator([1, 2]), inspect.isgenerator(iter([1])))
