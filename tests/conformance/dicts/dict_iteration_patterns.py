prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name}: {price:.2f}")
print(sum(prices.values()), sorted(prices, key=prices.get))
print({k: v for k, v in prices.items() if v > 1})
