import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(2024)
print([random.randint(0, 100) for _ in range(10)])
print(random.randint(10 ** 12, 10 ** 13))
