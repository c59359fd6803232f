# A group is a view into the groupby: reading part of it and moving on
# skips the rest, and an old group is empty once the groupby has advanced.
from itertools import groupby

def readings():
    for temp in [20, 21, 21, 25, 25, 25, 19]:
        print("  read", temp)
        yield temp

groups = groupby(readings())
key, group = next(groups)
print("first group", key, "first item", next(group))
key2, group2 = next(groups)
print("second group", key2, list(group))
print("second items", list(group2))
key3, group3 = next(groups)
print("third group", key3, next(group3))
rest = list(groups)
print([k for k, g in rest], list(group3))
