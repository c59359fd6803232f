# `a, b = b, a` and three-name rotations evaluate every value before any
# store, then store left to right.
a, b = 1, 2
a, b = b, a
print(a, b)

x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)

def fib(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out

print(fib(12))

# The right side sees the old values even when targets are attributes or items.
class P:
    pass

p = P()
p.u, p.v = 1, 2
p.u, p.v = p.v, p.u
print(p.u, p.v)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "set"   # i is stored first, so lst[2] changes
print(i, lst)

# Nested and starred targets still unpack the whole tuple.
(m, n), o = (1, 2), 3
print(m, n, o)
first, *rest = 1, 2, 3
print(first, rest)
try:
    q, r = 1, 2, 3
except ValueError as e:
    print(e)
