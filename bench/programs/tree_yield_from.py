# Recursive `yield from` over a binary tree.
#
# The tree is nested tuples (left, value, right) with () for an empty
# subtree. walk() yields the values in order, delegating to itself for each
# subtree, so every value travels up through one `yield from` per level.
# Measures: generator creation per node and delegation depth.

DEPTH = 16
ROUNDS = 10


def build(lo, hi):
    # A balanced search tree holding lo .. hi-1.
    if lo >= hi:
        return ()
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node:
        left, value, right = node
        yield from walk(left)
        yield value
        yield from walk(right)


def main():
    size = 2 ** DEPTH - 1
    tree = build(0, size)
    checksum = 0
    for r in range(ROUNDS):
        position = 0
        for value in walk(tree):
            checksum = (checksum * 3 + value + position * r) % 1000003
            position += 1
    print(size, checksum)


main()
