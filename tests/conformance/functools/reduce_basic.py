from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, w: acc + len(w), ["gen", "erator"], 0))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(lambda a, b: a + b, [], "empty"))
