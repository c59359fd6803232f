from itertools import starmap

quantities = [2, 5, 1]
prices = [3.5, 1.25, 10.0]
print(list(starmap(lambda q, p: q * p, zip(quantities, prices))))
print(sum(starmap(pow, [(2, 3), (3, 2)])))
