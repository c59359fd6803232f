from itertools import combinations

coins = [1, 2, 5, 10, 20]
ways = [c for r in range(1, len(coins) + 1) for c in combinations(coins, r) if sum(c) == 17]
print(ways)
