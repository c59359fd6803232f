d = {"banana": 3, "apple": 1, "cherry": 2}
for key in d:
    print(key, d[key])
for key, value in sorted(d.items()):
    print(key, value)
print(list(d.keys()), list(d.values()))
