import random

random.seed("learner")
print(random.randint(1, 100), random.random())
random.seed(2024)
print(random.choices(["rock", "paper", "scissors"], weights=[5, 3, 2], k=6))
print([round(random.gauss(100, 15), 3) for _ in range(3)])
print(round(random.uniform(1, 10), 6), random.getrandbits(16), random.randrange(0, 100, 10))
rng = random.Random(7)
print(rng.sample(range(50), 4), rng.choice("xyz"))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
for bad in [lambda: random.choices([1, 2], [1]), lambda: random.sample({1, 2, 3}, 2),
            lambda: random.randrange(1, 10, 0), lambda: random.randint(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
