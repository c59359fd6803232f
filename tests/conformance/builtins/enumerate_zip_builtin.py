names = ["a", "b", "c"]
for i, n in enumerate(names, start=1):
    print(i, n, end="; ")
print()
print(list(zip(names, range(10), "xyz!")))
print(dict(zip(names, [1, 2, 3])))
print(list(zip(*zip(names, [1, 2, 3]))))
print(list(enumerate("")), list(zip([], [1])))
