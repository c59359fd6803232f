matrix = [[1, 2, 3], [4, 5, 6]]
print(len(matrix), len(matrix[0]), matrix[1][2])
for row in matrix:
    print(" ".join(f"{x:3}" for x in row))
print([sum(row) for row in matrix], [sum(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
