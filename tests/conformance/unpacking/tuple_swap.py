a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
