person = {"name": "Ada", "age": 36}
person["city"] = "London"
person["age"] += 1
print(person)
print(person["name"], len(person), "age" in person, "Ada" in person)
del person["city"]
print(person)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), {})
