# The list-building version of a three-stage job (see pipeline_gen.py).
#
# Job: take the numbers below N whose digit sum is even, square each one
# modulo a prime, keep the squares ending in 1, 3 or 7, and add them up.
# Each stage here builds a complete list before the next stage starts, so
# the whole intermediate data sits in memory at once.
# Measures: list appends and iteration over lists; compare its time with
# pipeline_gen.py, which does exactly the same work with generators.

N = 1200000
MOD = 1000003


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def even_digit_sums(n):
    result = []
    for i in range(n):
        if digit_sum(i) % 2 == 0:
            result.append(i)
    return result


def squares(values):
    result = []
    for v in values:
        result.append(v * v % MOD)
    return result


def odd_endings(values):
    result = []
    for v in values:
        last = v % 10
        if last == 1 or last == 3 or last == 7:
            result.append(v)
    return result


def main():
    kept = odd_endings(squares(even_digit_sums(N)))
    print(len(kept), sum(kept))


main()
