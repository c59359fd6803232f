def matrix(rows, cols):
    for r in range(rows):
        yield [r * cols + c for c in range(cols)]

def transpose(rows):
    return list(zip(*rows))

m = list(matrix(3, 4))
for row in m:
    print(row)
for col in transpose(matrix(3, 4)):
    print(col)
