# N-queens with a recursive generator.
#
# solutions() places one queen per row and yields every complete placement
# as a tuple of column numbers, delegating to itself with `yield from` for
# the next row. Backtracking is just a generator running out of values.
# Measures: recursive generators, tuple building and small loops.

N = 10
ROUNDS = 3


def safe(placed, col):
    row = len(placed)
    for r in range(row):
        c = placed[r]
        if c == col or c - col == row - r or col - c == row - r:
            return False
    return True


def solutions(n, placed):
    if len(placed) == n:
        yield placed
        return
    for col in range(n):
        if safe(placed, col):
            yield from solutions(n, placed + (col,))


def main():
    count = 0
    checksum = 0
    for r in range(ROUNDS):
        for board in solutions(N, ()):
            count += 1
            for row in range(N):
                checksum = (checksum * 7 + board[row] * (row + 1) + r) % 1000003
    print(count, checksum)


main()
