a, b, c = "xyz"
print(c, b, a)
lo, hi = range(2)
print(lo, hi)
x, y = divmod(17, 5)
print(x, y)
q, r = map(int, "7 3".split())
print(q * r)
