colors = ["red", "green"]
sizes = ["S", "M", "L"]
for color in colors:
    for size in sizes:
        print(color, size, end="; ")
    print()
combos = [(c, s) for c in colors for s in sizes if s != "M"]
print(combos)
