from itertools import tee

first, second = tee(range(6))
next(first); next(first)
# tee of a tee: the tee itself comes back first, the others start where it is.
x, y = tee(first)
print(x is first, next(x), list(y), list(second))
copy = x.__copy__()
print(list(x), list(copy))
a, b = tee(iter([1, 2, 3]))
print(list(zip(a, b)))
for bad in [(5,), ([], -1), ([], "2")]:
    try:
        tee(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    tee([], n=2)
except TypeError as e:
    print("TypeError:", e)
