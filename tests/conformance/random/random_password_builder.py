import random

random.seed(2023)
letters = "abcdefghijklmnopqrstuvwxyz"
digits = "0123456789"
password = "".join(random.choice(letters + digits) for _ in range(12))
print(password)
chars = list(password)
random.shuffle(chars)
print("".join(chars))
print(random.sample(letters, 3))
