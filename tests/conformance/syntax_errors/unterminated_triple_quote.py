def documented():
    """This docstring never ends.
    yield 1

print("unreachable")
