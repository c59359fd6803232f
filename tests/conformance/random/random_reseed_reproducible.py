import random

def experiment(seed):
    random.seed(seed)
    return [random.randint(1, 100) for _ in range(5)]

print(experiment(0))
print(experiment(0) == experiment(0))
print(experiment(99))
random.seed(5)
a = random.random()
random.seed(5)
print(a == random.random())
