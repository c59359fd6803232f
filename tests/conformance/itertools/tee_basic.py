from itertools import tee

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z))
