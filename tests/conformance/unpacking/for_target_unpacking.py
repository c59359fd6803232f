points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points):
    print(i, x, y)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
