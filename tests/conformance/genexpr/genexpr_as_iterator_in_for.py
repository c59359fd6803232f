total = 0
for square in (i * i for i in range(1, 6)):
    total += square
    print(square, total)
