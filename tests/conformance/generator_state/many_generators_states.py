import inspect

def ticker(n):
    for i in range(n):
        yield i

gens = [ticker(n) for n in range(4)]
for g in gens:
    next(g, None)
print([inspect.getgeneratorstate(g) for g in gens])
for g in gens:
    next(g, None)
print([inspect.getgeneratorstate(g) for g in gens])
