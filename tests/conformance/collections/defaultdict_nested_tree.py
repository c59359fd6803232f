# Nested defaultdicts: a two-level counter and an autovivifying tree.
from collections import defaultdict

sales = [("north", "apples", 3), ("south", "pears", 2), ("north", "pears", 5), ("north", "apples", 1)]
table = defaultdict(lambda: defaultdict(int))
for region, fruit, n in sales:
    table[region][fruit] += n
for region in table:
    print(region, dict(table[region]))
print(table["west"]["kiwis"], sorted(table))

def tree():
    return defaultdict(tree)

root = tree()
root["usr"]["lib"]["python3"] = "stdlib"
root["usr"]["bin"]["python3"] = "binary"
root["etc"]["hosts"] = "file"

def show(node, depth=0):
    for name, child in node.items():
        if isinstance(child, defaultdict):
            print("  " * depth + name + "/")
            show(child, depth + 1)
        else:
            print("  " * depth + name, "=", child)

show(root)

counts = defaultdict(int, {"x": 5})
counts.update(y=2)
print(counts, counts.default_factory, counts.copy() == counts, counts | {"z": 1})
counts.default_factory = list
print(counts["new"], counts)
