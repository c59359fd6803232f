inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "kiwis"]:
    print(fruit, inventory[fruit])
