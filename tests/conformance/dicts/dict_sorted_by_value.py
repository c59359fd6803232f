inventory = {"apples": 30, "pears": 5, "kiwis": 12, "plums": 12}
for name, qty in sorted(inventory.items(), key=lambda item: (-item[1], item[0])):
    print(f"{name:<8}{qty:>3}")
print(dict(sorted(inventory.items())))
