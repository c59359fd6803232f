from itertools import product

triples = [(a, b, c) for a, b, c in product(range(1, 30), repeat=3) if a < b < c and a * a + b * b == c * c]
print(triples)
