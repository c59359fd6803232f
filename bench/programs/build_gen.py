# The generator version of a three-stage job (see build_list.py).
#
# Job: reverse the digits of every number below N, keep the reversals that
# are multiples of 7, and add up their digit sums.
# Each stage is a generator: values flow through one at a time and no
# intermediate list ever exists. The last line is the same as in the list
# version, because sum() takes any iterable.
# Measures: the same work as build_list.py, streamed through generators.

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
    for i in range(n):
        yield reverse_digits(i)


def multiples_of(values, m):
    for v in values:
        if v % m == 0:
            yield v


def digit_sums(values):
    for v in values:
        yield digit_sum(v)


def main():
    print(sum(digit_sums(multiples_of(reversals(N), 7))))


main()
