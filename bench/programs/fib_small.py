# An endless Fibonacci generator whose values stay small (modulo a prime).
#
# The generator never finishes on its own; take() stops after n values.
# All numbers stay below 2**31, so a runtime with tagged small ints should
# never allocate here.
# Measures: a tight generator loop with small-int arithmetic and tuple
# assignment, consumed through a second generator.

N = 4000000
MOD = 1000000007


def fibonacci_mod(m):
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % m


def take(n, values):
    for v in values:
        if n == 0:
            return
        n -= 1
        yield v


def main():
    total = 0
    for f in take(N, fibonacci_mod(MOD)):
        total = (total + f) % MOD
    print(total)


main()
