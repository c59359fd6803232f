def records():
    rows = [("ada", 36), ("bob", 25), ("cy", 41)]
    for name, age in rows:
        yield {"name": name, "age": age, "adult": age >= 18}

for r in records():
    print(r)
print([r["name"] for r in records() if r["age"] > 30])
