d = {}
for key in ["zebra", "apple", "mango"]:
    d[key] = len(key)
print(d)
d["apple"] = 0
print(d)
del d["zebra"]
d["zebra"] = 5
print(d)
print(list(d), list(reversed(d)))
