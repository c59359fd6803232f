# Comparing an int with a str fails; the message names the operands in the
# order the sort compared them, and the list keeps all its items.
items = [3, 1, 2]
items.sort()
print(items)
mixed = [5, 3, "seven", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(mixed, key=str))
values = ["b", "a", 4]
values.sort()
