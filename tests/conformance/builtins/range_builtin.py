print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 30, 4)
print(r, r[1], r[-1], r[1:3], len(r), 7 in r, 8 in r, r.index(11), r.count(15))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
