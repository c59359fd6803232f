from itertools import combinations, combinations_with_replacement

coins = [1, 2, 5]
print([c for c in combinations_with_replacement(coins, 3) if sum(c) == 8])
print(list(combinations("abcd", 2)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ab", 2)), list(combinations_with_replacement("", 2)))
print(list(combinations_with_replacement("", 0)))
print(len(list(combinations(range(10), 4))))
handshakes = [f"{a}-{b}" for a, b in combinations(["ann", "bob", "cy"], 2)]
print(handshakes)
for call in [lambda: combinations("ab"), lambda: combinations("ab", -2), lambda: combinations_with_replacement(3, 1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
