# pop, popitem and setdefault.
stock = {"apple": 3, "pear": 0, "plum": 7, "fig": 2}
print(stock.pop("pear"), stock.pop("kiwi", "none left"))
print(stock.popitem(), stock)
groups = {}
for word in ["ant", "bee", "asp", "cat", "bat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(groups.setdefault("a"), groups.setdefault("z"), groups)
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0))

counts = {n: n * n for n in range(8)}
for n in range(0, 8, 3):
    del counts[n]
while counts:
    print(counts.popitem(), end=" ")
print()
counts[1] = "again"
print(counts)
try:
    counts.pop("missing")
except KeyError as e:
    print("KeyError", e)
{}.popitem()
