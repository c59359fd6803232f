people = [("Ann", 31), ("Bob", 25), ("Cid", 40)]
print(min((age, name) for name, age in people))
print(max((p for p in people), key=lambda p: p[1]))
print(sorted(name for name, age in people if age > 26))
