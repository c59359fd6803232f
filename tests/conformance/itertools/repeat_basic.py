from itertools import repeat

print(list(repeat("ha", 3)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(repeat(0), "abc")))
print(list(repeat(None, 0)))
