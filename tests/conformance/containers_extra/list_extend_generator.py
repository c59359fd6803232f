# extend() pulls items from a generator one at a time, appending each
# before asking for the next.
log = [0]
def squares(n):
    for i in range(1, n + 1):
        print("producing", i, "- list has", len(log), "items")
        yield i * i
log.extend(squares(3))
print(log)

def flaky():
    yield "ok"
    yield "still ok"
    raise RuntimeError("generator failed")
try:
    log.extend(flaky())
except RuntimeError as e:
    print("error:", e)
print(log)

log.extend(log)
print(log)
log.extend(range(2))
log.extend("hi")
log.extend({"k": 1})
print(log)
