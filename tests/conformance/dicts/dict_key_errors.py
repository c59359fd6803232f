d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    d.pop("b")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d[["list"]] = 1
except TypeError as e:
    print("TypeError:", e)
