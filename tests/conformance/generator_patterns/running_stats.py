def stats(values):
    n = 0
    total = 0
    smallest = None
    for v in values:
        n += 1
        total += v
        smallest = v if smallest is None else min(smallest, v)
        yield {"n": n, "mean": round(total / n, 3), "min": smallest}

for s in stats([4, 8, 1, 7]):
    print(s)
