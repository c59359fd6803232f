from itertools import permutations

people = ["ann", "bob", "cat", "dan"]
valid = []
for order in permutations(people):
    if order.index("ann") < order.index("bob") and abs(order.index("cat") - order.index("dan")) > 1:
        valid.append(order)
print(len(valid))
for order in valid[:3]:
    print(" ".join(order))
