def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = accumulate()
next(acc)
for n in [5, 10, 20]:
    print("running", acc.send(n))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
