import random

random.seed(0)
print(random.randrange(2 ** 70))
print(random.randint(-10 ** 20, 10 ** 20))
print(random.choice(range(10 ** 15)))
print(random.random())
