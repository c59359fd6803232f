import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([]))
print(math.floor(2 ** 70 / 3), math.ceil(10 / 3), type(math.floor(2.5)).__name__)
