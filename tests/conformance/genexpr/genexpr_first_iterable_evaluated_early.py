data = [1, 2, 3]
g = (x for x in data)
data = [10, 20]
print(list(g))
