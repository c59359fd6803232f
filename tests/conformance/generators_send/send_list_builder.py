def builder():
    parts = []
    while True:
        part = yield " ".join(parts)
        parts.append(part)

b = builder()
next(b)
print(repr(b.send("generators")))
print(repr(b.send("are")))
print(repr(b.send("fun")))
