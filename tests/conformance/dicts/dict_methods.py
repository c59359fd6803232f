d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0))
print(d.setdefault("y", 5), d.setdefault("x", 99), d)
d.update({"z": 3}, w=4)
print(d)
print(d.pop("z"), d.pop("nope", "default"), d)
print(d.popitem(), d)
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
c = d.copy()
c["new"] = 1
print(d, c)
