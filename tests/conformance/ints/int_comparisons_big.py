big = 2 ** 200
print(big > 2 ** 199, big == 2 ** 200, big < big + 1)
print(big == float(big), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max(3 ** 100, 2 ** 150) == 2 ** 150)
print(sorted([2 ** 70, -(2 ** 70), 5, 0, 2 ** 64]))
