def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(6)))
print(sum(1 for _ in queens(6)))
first = next(queens(5))
for c in first:
    print("".join("Q" if i == c else "." for i in range(5)))
