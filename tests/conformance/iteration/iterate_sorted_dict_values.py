stock = {"pears": 5, "apples": 12, "kiwis": 2}
for fruit in sorted(stock, key=stock.get, reverse=True):
    print(fruit, stock[fruit])
for fruit, qty in sorted(stock.items()):
    print(f"{fruit:<8}{'*' * qty}")
