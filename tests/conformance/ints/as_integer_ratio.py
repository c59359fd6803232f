# int.as_integer_ratio and float.as_integer_ratio give exact fractions.
print((7).as_integer_ratio(), (-12).as_integer_ratio(), (2**70).as_integer_ratio(), True.as_integer_ratio())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (2.5).is_integer())
for x in [3, 0.5, -2.25]:
    n, d = x.as_integer_ratio()
    print(x, '=', n, '/', d, n / d == x)
