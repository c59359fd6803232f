import random

random.seed(42)
print(random.random())
print(random.random())
print([round(random.random(), 6) for _ in range(5)])
random.seed(42)
print(random.random())
