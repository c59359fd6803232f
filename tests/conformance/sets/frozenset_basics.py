fs = frozenset([1, 2, 3, 2])
print(fs, len(fs), 2 in fs)
print(fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], groups[frozenset()])
try:
    fs.add(5)
except AttributeError as e:
    print("AttributeError:", e)
