def grid():
    for r in range(3):
        try:
            for c in range(3):
                yield r, c
        finally:
            print("finished row", r)

g = grid()
print(next(g), next(g))
try:
    g.throw(IndexError("abort"))
except IndexError as e:
    print("abort propagated:", e)
