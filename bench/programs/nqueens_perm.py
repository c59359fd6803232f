# N-queens by brute force over itertools.permutations.
#
# A permutation of range(n) already puts one queen in every row and every
# column, so only the diagonals need checking. A generator expression
# filters the permutations lazily.
# Measures: itertools.permutations producing tuples, and a tight check loop.

from itertools import permutations

N = 9
ROUNDS = 2


def diagonals_free(cols):
    n = len(cols)
    for i in range(n):
        for j in range(i + 1, n):
            if cols[j] - cols[i] == j - i or cols[i] - cols[j] == j - i:
                return False
    return True


def main():
    count = 0
    checksum = 0
    for r in range(ROUNDS):
        boards = (p for p in permutations(range(N)) if diagonals_free(p))
        for board in boards:
            count += 1
            checksum = (checksum * 31 + board[0] * 8 + board[N - 1] + r) % 1000003
    print(count, checksum)


main()
