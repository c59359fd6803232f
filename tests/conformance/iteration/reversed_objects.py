for obj in ([1, 2, 3], "abc", (1, 2), range(3)):
    r = reversed(obj)
    print(type(r).__name__, list(r))
