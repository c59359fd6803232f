a = [1, 2]
b = [3]
print(a + b, a * 2, [0] * 3, 2 in a, 5 not in a)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0])
print(len([[], [], []]), min([4, 2, 8]), max([[1, 2], [1, 3]]))
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))
