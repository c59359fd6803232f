import random

def arrivals(seed):
    random.seed(seed)
    t = 0
    customer = 0
    while True:
        t += random.randint(1, 4)
        customer += 1
        yield t, f"customer{customer}", random.randint(2, 5)

clock = 0
for arrival, name, service in arrivals(11):
    start = max(clock, arrival)
    clock = start + service
    print(f"{name}: arrives {arrival:2}, waits {start - arrival}, leaves {clock}")
    if arrival > 15:
        break
