d = {"x": 1, "y": 2}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items())):
    print(type(it).__name__, next(it))
print(type(reversed(d)).__name__, list(reversed(d.items())))
