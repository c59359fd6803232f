matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2]
print(flat)
