g = (i for i in range(10))
print(next(g))
g.close()
print(list(g))
h = (i for i in range(10))
next(h)
try:
    h.throw(ValueError("into genexpr"))
except ValueError as e:
    print("propagated:", e)
