# A chain of five generator functions: a source, map stages and filter stages.
#
# This is the classic "generators as Unix pipes" style: each stage takes an
# iterable and yields a transformed stream. Every value crosses five
# suspended frames before it reaches the loop at the bottom.
# Measures: for-loops over generators, yield and resume between user
# generator functions.

N = 2400000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(values, factor):
    for v in values:
        yield v * factor


def not_multiple_of(values, m):
    for v in values:
        if v % m != 0:
            yield v


def shifted(values, delta):
    for v in values:
        yield v + delta


def below(values, limit):
    for v in values:
        if v % 1000 < limit:
            yield v


def main():
    total = 0
    count = 0
    stream = below(shifted(not_multiple_of(scaled(numbers(N), 3), 7), 11), 900)
    for v in stream:
        total = (total + v) % 1000003
        count += 1
    print(count, total)


main()
