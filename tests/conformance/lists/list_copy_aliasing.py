a = [1, [2, 3]]
b = a
c = a[:]
d = a.copy()
a.append(4)
a[1].append(99)
print(a, b, c, d)
print(a is b, a is c, a == b, c == d)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
