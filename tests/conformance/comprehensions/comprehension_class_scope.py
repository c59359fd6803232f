class Grid:
    size = 3
    cells = [(r, c) for r in range(size) for c in range(2)]
    try:
        labels = [f"{size}-{k}" for k in range(2)]
    except NameError as e:
        labels = "NameError: " + str(e)

print(Grid.cells)
print(Grid.labels)
