def coordinates():
    for x in range(3):
        for y in range(2):
            yield x, y

for x, y in coordinates():
    print(f"({x}, {y})", end=" ")
print()
points = list(coordinates())
xs, ys = zip(*points)
print(xs)
print(ys)
