def readings():
    yield 20.5
    yield 21.0
    raise ValueError("sensor disconnected")

for r in readings():
    print("reading", r)
