names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(enumerate(names)))
print(list(enumerate(names, start=10)))
print(list(zip(names, ages)))
print(list(zip()))
print(list(zip(names, ages, "xyz")))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
