seen = set()
duplicates = []
for n in [4, 7, 1, 4, 9, 7, 7, 0]:
    if n in seen:
        duplicates.append(n)
    seen.add(n)
print(seen, duplicates)
print(sorted(seen, reverse=True))
