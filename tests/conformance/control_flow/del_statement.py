x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[1]
del items[::2]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
