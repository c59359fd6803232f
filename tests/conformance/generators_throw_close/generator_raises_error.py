def parse(values):
    for v in values:
        yield int(v)

g = parse(["1", "2", "x", "4"])
print(next(g))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("error:", e)
print(next(g, "generator is finished"))
