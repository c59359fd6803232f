def squares():
    n = 1
    while True:
        yield n * n
        n += 1

for i, sq in zip(range(5), squares()):
    print(i, sq)
for idx, ch in enumerate((c.upper() for c in "gen"), start=1):
    print(idx, ch)
