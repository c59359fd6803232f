# dir() of classes, instances, modules and the current scope.
import math

class Counter:
    """Counts up."""
    start = 0
    def __init__(self):
        self.count = self.start
    def __iter__(self):
        return self
    def __next__(self):
        self.count += 1
        return self.count

class Limited(Counter):
    limit = 3

c = Limited()
c.extra = True
print(dir(c))
print(dir(Counter))
print(dir(object()))
print([n for n in dir(math) if n.startswith("f")])

def scope(a, b=2):
    total = a + b
    print(dir())
    return total

scope(1)
print([n for n in dir() if not n.startswith("__")])
print(sorted(locals()) == sorted(globals()), locals() is globals())
print(sorted(globals()))
