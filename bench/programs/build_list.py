# The list-building version of a three-stage job (see build_gen.py).
#
# Job: reverse the digits of every number below N, keep the reversals that
# are multiples of 7, and add up their digit sums.
# Each stage builds a complete list before the next one starts, so all the
# intermediate values sit in memory at once.
# Measures: list appends and iteration over lists. Compare with build_gen.py,
# which does exactly the same work with generators.

N = 850000


def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def reversals(n):
    result = []
    for i in range(n):
        result.append(reverse_digits(i))
    return result


def multiples_of(values, m):
    result = []
    for v in values:
        if v % m == 0:
            result.append(v)
    return result


def digit_sums(values):
    result = []
    for v in values:
        result.append(digit_sum(v))
    return result


def main():
    print(sum(digit_sums(multiples_of(reversals(N), 7))))


main()
