print(any([False, 0, ""]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(c.isdigit() for c in "abc1"))
print(any(x == 5 for x in range(10 ** 9)), all(x < 5 for x in range(10 ** 9)))
