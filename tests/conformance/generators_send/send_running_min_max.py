def tracker():
    lo = hi = None
    while True:
        x = yield (lo, hi)
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi

t = tracker()
next(t)
for v in [5, 3, 9, 1, 7]:
    print(t.send(v))
