from itertools import starmap

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a * b, zip(range(4), range(4)))))
print(list(starmap(max, [(1, 5, 3), (9, 2)])))
