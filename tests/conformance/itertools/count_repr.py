import itertools

c = itertools.count()
print(c)
next(c)
next(c)
print(c)
print(itertools.count(3, 2))
print(itertools.repeat("x", 3))
