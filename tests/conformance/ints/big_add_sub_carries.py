# Addition and subtraction of big ints where carries and borrows run across
# many 64-bit words (all-ones words, exact powers of two), with every sign
# combination, plus a seeded sweep of random sizes.
import random

def show(a, b):
    print(hex(a + b), hex(a - b), hex(b - a), hex(-a - b))

for words in (1, 2, 3, 7):
    ones = (1 << (64 * words)) - 1          # all-ones words: a carry runs through all
    power = 1 << (64 * words)               # borrows run through all the zero words
    show(ones, 1)
    show(ones, ones)
    show(power, 1)
    show(power, -1)
    show(-ones, 1)
    show(power - 1, power)
    show(ones << 64, ones)                  # the carry out of the shorter operand
    show((ones << 64) | ones, 1)

# Words that are all ones only in part, and a carry arriving at the boundary.
show(0xFFFFFFFFFFFFFFFF_0000000000000000_FFFFFFFFFFFFFFFF, 1)
show(0xFFFFFFFFFFFFFFFF_FFFFFFFFFFFFFFFF_0000000000000001, 0xFFFFFFFFFFFFFFFF)
show(1 << 200, (1 << 200) - 1)
# Equal words in both operands pass a borrow on: (7, X, 0) - (X, 1).
X = 0x0123456789ABCDEF
show((7 << 128) | (X << 64), (X << 64) | 1)
show(-((7 << 128) | (X << 64)), (X << 64) | 1)

rng = random.Random(2026)
total = 0
for _ in range(2000):
    a = rng.getrandbits(rng.choice((1, 63, 64, 65, 128, 129, 700, 3000)))
    b = rng.getrandbits(rng.choice((1, 64, 127, 640, 3000)))
    a, b = a * rng.choice((1, -1)), b * rng.choice((1, -1))
    for r in (a + b, a - b, b - a):
        total = (total * 1000003 + r) % (1 << 127)
print(total)
