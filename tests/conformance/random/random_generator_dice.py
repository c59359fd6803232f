import random

def dice_rolls(sides=6):
    while True:
        yield random.randint(1, sides)

random.seed(7)
rolls = dice_rolls()
first = [next(rolls) for _ in range(12)]
print(first)
print(sum(first), max(first), first.count(6))
