pairs = ((x, y) for x in range(4) if x % 2 == 0 for y in range(3) if y != x)
print(list(pairs))
words = ["ab", "cde", "f"]
print(list(c for w in words if len(w) > 1 for c in w))
