from itertools import count, takewhile

lines = ["alpha", "beta", "gamma", "", "ignored"]
for n, line in zip(count(1), takewhile(bool, lines)):
    print(f"{n:>3}: {line}")
