import random

random.seed(12345)
inside = 0
trials = 2000
for _ in range(trials):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / trials)
