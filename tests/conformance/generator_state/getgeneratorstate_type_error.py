import inspect

try:
    inspect.getgeneratorstate([1, 2])
except Exception as e:
    print(type(e).__name__)
g = (x for x in [])
print(inspect.getgeneratorstate(g))
