grid = [[1, 2, 3], [4, 5, 6]]
for r in range(len(grid)):
    for c in range(len(grid[r])):
        if (r + c) % 2 == 0:
            print(f"grid[{r}][{c}] = {grid[r][c]}")
names = ["a", "b", "c"]
for i in range(len(names) - 1, -1, -1):
    print(i, names[i])
