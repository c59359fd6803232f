distances = {("A", "B"): 5, ("B", "C"): 3}
distances[("A", "C")] = distances[("A", "B")] + distances[("B", "C")]
print(distances)
print(distances.get(("C", "A"), "unknown"))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], len(grid))
