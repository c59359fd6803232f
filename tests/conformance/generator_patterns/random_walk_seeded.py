import random

def random_walk(steps):
    position = 0
    for _ in range(steps):
        position += random.choice([-1, 1])
        yield position

random.seed(7)
print(list(random_walk(15)))
