g = (x % 5 for x in range(12))
print(sorted(g, reverse=True))
try:
    reversed(x for x in range(3))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([x for x in range(3)])))
