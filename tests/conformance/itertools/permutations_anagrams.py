from itertools import permutations

print(["".join(p) for p in permutations("abc")])
print(list(permutations([1, 2, 3], 2)))
print(sorted(set("".join(p) for p in permutations("aab"))))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])))
print(sum(1 for _ in permutations(range(6))))
tour = min(permutations(["B", "C", "D"]), key=lambda p: abs(ord(p[0]) - ord(p[-1])))
print(tour)
for bad in [-1, "2", 1.5]:
    try:
        permutations("abc", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
