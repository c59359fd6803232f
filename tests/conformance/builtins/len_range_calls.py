# len() and range() as the dispatch loop calls them directly (built-in
# containers, small ints) and as it hands them to the general call path
# (subclasses with their own __len__, bools, keywords, errors, a rebound name).
values = [[1, 2, 3], (4,), "héllo wörld", {"a": 1, "b": 2}, {1, 2}, frozenset(), range(7), ""]
print([len(v) for v in values])

class Sized(dict):
    def __len__(self):
        return 42

class Counted:
    def __len__(self):
        return 3

print(len(Sized(a=1)), len(Counted()), len({}.keys()), len({"x": 1}.items()))

print(list(range(4)), list(range(2, 6)), list(range(10, 0, -3)), list(range(5, 5)))
print(range(True), range(False, True), list(range(-3, 3, 2)), range(3)[-1])
print(range(2**46, 2**47 - 1, 2**45), len(range(0, 2**40, 3)))
step = 2
print([i * step for i in range(0, 10, step)], sum(range(1, 101)))

for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: len(5),
            lambda: len(), lambda: len([], []), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def shadowed():
    len = lambda x: "mine"
    range = lambda *a: "also mine"
    return len([1]), range(3)

print(shadowed())

class Negative:
    def __len__(self):
        return -1

try:
    len(Negative())
except ValueError as e:
    print("ValueError", e)
