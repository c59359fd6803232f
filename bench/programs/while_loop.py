# Baseline: plain while-loop arithmetic, no generators at all.
#
# The other programs are measured against the same interpreter; this one shows
# how fast the basic dispatch loop, local variables and small-int arithmetic
# are on their own.

N = 3600000


def main():
    i = 0
    acc = 0
    odd = 0
    while i < N:
        acc = (acc * 31 + i) % 1000003
        if acc % 2 == 1:
            odd += 1
        i += 1
    print(acc, odd)


main()
