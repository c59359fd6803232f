def pascal():
    row = [1]
    while True:
        yield row
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]

for i, row in enumerate(pascal()):
    print(" ".join(map(str, row)).center(40).rstrip())
    if i == 6:
        break
