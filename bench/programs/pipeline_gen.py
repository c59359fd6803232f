# The generator version of a three-stage job (see pipeline_list.py).
#
# Job: take the numbers below N whose digit sum is even, square each one
# modulo a prime, keep the squares ending in 1, 3 or 7, and add them up.
# Each stage is a generator: values flow through one at a time and no
# intermediate list exists. Only the count needs a little extra bookkeeping.
# Measures: the same work as pipeline_list.py, streamed through generators.

N = 1200000
MOD = 1000003


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def even_digit_sums(n):
    for i in range(n):
        if digit_sum(i) % 2 == 0:
            yield i


def squares(values):
    for v in values:
        yield v * v % MOD


def odd_endings(values):
    for v in values:
        last = v % 10
        if last == 1 or last == 3 or last == 7:
            yield v


def main():
    count = 0
    total = 0
    for v in odd_endings(squares(even_digit_sums(N))):
        count += 1
        total += v
    print(count, total)


main()
