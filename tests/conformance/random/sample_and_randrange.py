import random

random.seed(123)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d"], 4))
print([random.randrange(10) for _ in range(8)])
print([random.randrange(0, 100, 5) for _ in range(5)])
print(random.randrange(-50, 50))
