def check(x):
    if x < 0:
        raise ValueError

check(1)
print("ok so far")
check(-1)
