values = [1, 2, 0, 4]
g = (10 / v for v in values)
print("no error yet")
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g))
