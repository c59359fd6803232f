a = (1, 2)
b = (3,)
print(a + b, a * 3, 2 in a, (1, 2) + ())
print(tuple(x * 2 for x in a), sum(a), list(a))
try:
    a + [3]
except TypeError as e:
    print("TypeError:", e)
