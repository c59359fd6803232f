def stats():
    count = total = 0
    while True:
        x = yield
        if x == "END":
            break
        count += 1
        total += x
    return {"count": count, "total": total, "mean": total / count if count else None}

s = stats()
next(s)
for x in [4, 8, 15, 16, 23, 42]:
    s.send(x)
try:
    s.send("END")
except StopIteration as e:
    print(e.value)
