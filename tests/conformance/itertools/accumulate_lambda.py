from itertools import accumulate

balances = list(accumulate([100, -20, -30, 50], lambda total, x: total + x))
print(balances)
print(list(accumulate(range(1, 6), lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=0)))
