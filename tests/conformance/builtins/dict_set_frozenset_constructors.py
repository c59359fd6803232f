print(dict(a=1), dict({"b": 2}, c=3), dict([["d", 4]]), dict.fromkeys("ab", []))
print(set(), set("aab") == {"a", "b"}, set(range(3)), set({1: "x"}), set((1, 1, 2)))
print(frozenset(range(3)), frozenset() == set())
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
