from itertools import repeat

print(list(map(pow, range(6), repeat(2))))
r = repeat("hi", 3)
print(r, next(r), r)
print(list(r), r, list(r))
print(list(repeat(7, -1)), repeat(7, -1))
print(list(zip("abc", repeat(0))))
print(repeat([1, 2]), repeat(None, times=2))
grid = [list(row) for row in repeat(repeat(".", 3), 0)]
print(grid)
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1, 2.5)
except TypeError as e:
    print("TypeError:", e)
