# A Fibonacci generator with exact big ints.
#
# The numbers grow without bound: term n has about 0.69 * n bits, so the
# last additions work on numbers of almost 200000 bits.
# Measures: big-int addition and allocation driven by a generator.

N = 280000


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    count = 0
    last = 0
    for f in fibonacci():
        if count == N:
            break
        last = f
        count += 1
    # A few checks on the exact value of the last term.
    print(count, last % 1000000007, last % 998244353)


main()
