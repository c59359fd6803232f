from itertools import combinations

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)))
print(len(list(combinations(range(20), 3))))
