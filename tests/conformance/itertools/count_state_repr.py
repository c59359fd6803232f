from itertools import count

c = count(10)
print(c, next(c), next(c), c)
steps = count(0, 0.1)
print([next(steps) for _ in range(4)], steps)
down = count(5, -2)
print([next(down) for _ in range(4)], down)
print(count(start=3, step=2), count(1, 1.0), count(2.5))
for i, letter in zip(count(1), "abc"):
    print(i, letter)
print(type(c), type(c).__name__, iter(c) is c)
big = count(2 ** 64)
next(big)
print(big)
for bad in ["a", None]:
    try:
        count(bad)
    except TypeError as e:
        print("TypeError:", e)
