def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def collector(results):
    while True:
        total = yield from summer()
        results.append(total)

results = []
c = collector(results)
next(c)
for x in [1, 2, 3, None, 10, None, None]:
    c.send(x)
print(results)
