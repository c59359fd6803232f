d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["c"] = 3
print(keys, len(values), list(items))
print(keys & {"a", "z"}, sorted(keys | {"q"}), "b" in keys, ("a", 1) in items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
