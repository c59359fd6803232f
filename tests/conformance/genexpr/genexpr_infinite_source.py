import itertools
squares = (n * n for n in itertools.count(1))
big = (s for s in squares if s > 50)
print(next(big), next(big), next(big))
