# __missing__ in dict subclasses written by the program, and subclasses of
# defaultdict and dict that call super().
from collections import defaultdict

class Zeroes(dict):
    def __missing__(self, key):
        return 0

z = Zeroes(a=1)
print(z["a"], z["b"], z, "b" in z, z.get("b"), len(z))

class Remembering(dict):
    def __missing__(self, key):
        value = key.upper()
        self[key] = value
        return value

r = Remembering()
print(r["x"], r["y"], r)

class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

ci = CaseInsensitive()
ci["Name"] = "Ada"
print(ci["NAME"], "name" in ci, "NaMe" in ci, ci, isinstance(ci, dict))
try:
    ci["missing"]
except KeyError as e:
    print("KeyError:", e)

class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def add(self, *items):
        for item in items:
            self[item] += 1
        return self

t = Tally().add("a", "b", "a")
print(t, t["c"], t.default_factory, type(t).__name__)

class Registry(dict):
    def __init__(self, name, **entries):
        super().__init__(**entries)
        self["_name"] = name

reg = Registry("plugins", csv=1, json=2)
print(reg, len(reg), reg == {"csv": 1, "json": 2, "_name": "plugins"})
