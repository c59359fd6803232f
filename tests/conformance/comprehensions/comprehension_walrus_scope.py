data = [1, 5, 9, 13]
filtered = [z for x in data if (z := x + 1) > 5]
print(filtered, z)
