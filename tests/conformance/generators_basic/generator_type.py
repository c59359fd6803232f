def squares(n):
    for i in range(n):
        yield i * i

g = squares(4)
print(type(g).__name__)
print(type(squares).__name__)
print(squares.__name__, g.__name__)
print(g.__qualname__)
print(iter(g) is g)
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
