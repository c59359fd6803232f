from itertools import product

def neighbours(x, y):
    for dx, dy in product((-1, 0, 1), repeat=2):
        if (dx, dy) != (0, 0):
            yield x + dx, y + dy

print(list(neighbours(0, 0)))
print(sum(1 for _ in neighbours(5, 5)))
