from itertools import product

sums = {}
for a, b in product(range(1, 7), repeat=2):
    sums[a + b] = sums.get(a + b, 0) + 1
print(sums)
print(list(product("ab", "xy")), list(product()), list(product("ab", [])))
print(["".join(p) for p in product("01", repeat=3)])

def colours():
    print("  reading colours")
    yield "red"
    yield "blue"

# product reads its inputs when it is made, not when it is iterated.
combos = product(colours(), ["S", "M"])
print("made product")
print(list(combos))
try:
    product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
