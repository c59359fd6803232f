g = (x * 2 for x in range(3))
print(g.send(None))
print(g.send("ignored"))
print(next(g))
try:
    g.send(1)
except StopIteration:
    print("exhausted")
