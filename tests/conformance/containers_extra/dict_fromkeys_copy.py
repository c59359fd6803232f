# fromkeys is called on the class; copy makes a new, independent dict.
print(dict.fromkeys("abc"))
print(dict.fromkeys(range(4), 0))
print({}.fromkeys(["x", "y"], "?"))
print(dict.fromkeys(n * n for n in range(4)))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
original = {"k": [1, 2], "n": 5}
clone = original.copy()
clone["n"] = 6
clone["k"].append(3)
print(original, clone, clone is original)
clone.clear()
print(clone, original)
keys = original.keys()
items = original.items()
original["new"] = True
print(list(keys), list(items), len(keys), "new" in keys)
