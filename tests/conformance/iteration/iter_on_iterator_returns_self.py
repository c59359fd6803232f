lst = [1, 2]
it = iter(lst)
print(iter(it) is it)
print(iter(lst) is iter(lst))
g = (x for x in lst)
print(iter(g) is g)
r = range(3)
print(iter(r) is r, type(iter(r)).__name__)
