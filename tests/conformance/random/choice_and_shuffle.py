import random

random.seed(42)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(6)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.choice("generator"))
