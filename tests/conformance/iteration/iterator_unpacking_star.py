first, *rest = iter(range(5))
print(first, rest)
*init, last = (x * x for x in range(4))
print(init, last)
a, b, c = "xyz"
print(a, b, c)
print(*range(3), sep=", ")
print([*range(3), *"ab", *(i for i in [9])])
