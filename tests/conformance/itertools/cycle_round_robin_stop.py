from itertools import cycle, islice

def players():
    for name in ["ann", "bob", "cy"]:
        print("  joined", name)
        yield name

turns = cycle(players())
print([next(turns) for _ in range(7)])
print(list(cycle([])), list(islice(cycle("ab"), 5)))
lights = cycle(["green", "yellow", "red"])
for second in range(0, 50, 10):
    print(second, next(lights))
try:
    cycle()
except TypeError as e:
    print("TypeError:", e)
