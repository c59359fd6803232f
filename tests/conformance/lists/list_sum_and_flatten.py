nested = [[1, 2], [3], [], [4, 5]]
print(sum(nested, []))
flat = []
for sub in nested:
    flat.extend(sub)
print(flat)
print(sum([0.5, 0.25]), sum([[1], [2]], [0]))
