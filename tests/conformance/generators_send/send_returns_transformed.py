def doubler():
    result = None
    while True:
        value = yield result
        result = value * 2

d = doubler()
next(d)
print([d.send(x) for x in [1, "ab", [0], 2.5]])
