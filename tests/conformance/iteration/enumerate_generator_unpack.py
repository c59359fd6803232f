def pairs():
    yield ("x", 1)
    yield ("y", 2)

for i, (name, value) in enumerate(pairs(), 1):
    print(i, name, value)
e = enumerate(pairs())
print(next(e))
print(list(e))
