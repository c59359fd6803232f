rows = ((r * c for c in range(1, 4)) for r in range(1, 4))
for row in rows:
    print(list(row))
