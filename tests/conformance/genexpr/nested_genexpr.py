matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (cell for row in matrix for cell in row)
print(list(flat))
evens = (cell for row in matrix for cell in row if cell % 2 == 0)
print(list(evens))
diag = (matrix[i][i] for i in range(len(matrix)))
print(tuple(diag))
