from itertools import cycle

colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
for item, player in zip(range(5), cycle("AB")):
    print(item, player)
