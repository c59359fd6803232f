# A pipeline of generator expressions consumed by sum().
#
# Each stage is a lazy generator expression; nothing is materialised.
# sum() pulls one value at a time through three stages: squares, a filter
# that keeps the odd ones, and a map that folds them into a small range.
# Measures: generator-expression frames, resuming them from a builtin, and
# small-int arithmetic.

N = 1800000


def pipeline(n):
    squares = (x * x for x in range(n))
    odd = (s for s in squares if s % 2 == 1)
    return sum(s % 1000 for s in odd)


def main():
    total = 0
    for offset in range(3):
        total += pipeline(N + offset)
    print(total)


main()
