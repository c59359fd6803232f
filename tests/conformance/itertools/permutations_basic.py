from itertools import permutations

print(list(permutations("ABC")))
print(list(permutations(range(4), 2))[:5])
print(len(list(permutations(range(6)))))
print(list(permutations([1, 2], 3)))
