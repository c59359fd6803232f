from itertools import takewhile, count

squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 100, squares)))
print(next(squares))
