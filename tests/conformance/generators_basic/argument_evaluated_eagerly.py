def gen(values):
    for v in values:
        yield v

data = [1, 2, 3]
g = gen(data)
data.append(4)
print(list(g))
data2 = [1, 2]
g2 = gen(data2)
print(next(g2))
data2.extend([3, 4])
print(list(g2))
