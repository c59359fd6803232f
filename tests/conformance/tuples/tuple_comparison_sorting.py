records = [("bob", 25), ("amy", 31), ("bob", 19), ("cal", 25)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], r[0])))
print((1, 2, 3) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2))
print(max(records), min(records, key=lambda r: r[1]))
