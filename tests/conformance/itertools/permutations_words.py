from itertools import permutations

letters = "tea"
words = sorted(set("".join(p) for p in permutations(letters)))
print(words)
print(["".join(p) for p in permutations("ab", 2)])
