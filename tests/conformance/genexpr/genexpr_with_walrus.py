data = [5, 12, 7, 20, 3]
g = (y for x in data if (y := x * 2) > 10)
print(list(g))
print(any((big := n) > 10 for n in data), big)
