import itertools

evens = (n for n in itertools.count() if n % 2 == 0)
squared = map(lambda n: n * n, evens)
small = itertools.takewhile(lambda n: n < 200, squared)
print(list(small))
