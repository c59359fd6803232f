# dir() shows what a generator can do: the iterator protocol and send/throw/close.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

g = countdown(3)
print(dir(g))
print([name for name in dir(g) if not name.startswith("_")])
print("__iter__" in dir(g), "__next__" in dir(g))
print("__iter__" in dir([1, 2]), "__next__" in dir([1, 2]), "__next__" in dir(iter([1, 2])))
print([name for name in dir([]) if not name.startswith("_")])
