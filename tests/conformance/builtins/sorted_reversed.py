data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Generator"), sorted("Generator", key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((2, 1)))
print(list(reversed(data)), list(reversed(range(4))), "".join(reversed("abc")))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
