# A pipeline of generator expressions consumed by sum().
#
# Each stage is a lazy generator expression; nothing is materialised.
# sum() pulls one value at a time through three stages: squares, a filter
# that keeps the odd ones, and a map that folds them into a small range.
# The ranges are short (squares stay below 2**31) and run many times.
# Measures: generator-expression frames, resuming them from a builtin, and
# small-int arithmetic.

N = 40000
ROUNDS = 130


def pipeline(n):
    squares = (x * x for x in range(n))
    odd = (s for s in squares if s % 2 == 1)
    return sum(s % 1000 for s in odd)


def main():
    total = 0
    for r in range(ROUNDS):
        total += pipeline(N + r)
    print(total)


main()
