total = 0.0
for _ in range(10):
    total += 0.1
print(total, repr(total), round(total, 10))
print(1e16 + 1, 1e16 + 2, 0.1 + 0.7, 4.35 * 100)
print(1.0 - 0.9, 100 * 1.1)
print(9007199254740993.0, 2 ** 53 + 1.0)
