from itertools import starmap, pairwise

points = [(0, 0), (3, 4), (6, 8), (6, 0)]
print(list(starmap(lambda x, y: (x * x + y * y) ** 0.5, points)))
print([b[0] - a[0] for a, b in pairwise(points)])
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(starmap(pow, [[2, 5], (3, 2), range(2, 4)])))
print(list(starmap(max, [("ab", "ba"), ((1, 5, 2),)])))

def prices():
    for p in [10, 12, 9, 9, 15]:
        yield p

changes = [new - old for old, new in pairwise(prices())]
print(changes, ["up" if c > 0 else "down" if c < 0 else "same" for c in changes])
try:
    list(starmap(abs, [5]))
except TypeError as e:
    print("TypeError:", e)
