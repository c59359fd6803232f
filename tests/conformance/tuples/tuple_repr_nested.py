print(((1, 2), (3, (4, 5))))
print((None,), ("a",), (1, "b", [2]))
print(str(("x", 'y"z')), repr((1.0, -0.0)))
