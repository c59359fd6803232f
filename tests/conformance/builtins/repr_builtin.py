for value in [1, 1.5, "s", 'q"', None, True, [1, "a"], (1,), {"k": [None]}, {3}, range(2), 2 ** 70, -0.0]:
    print(repr(value))
