def powers_of(base):
    value = 1
    while True:
        yield value
        value *= base

for i, p in enumerate(powers_of(7)):
    if i in (10, 50, 100):
        print(i, p)
    if i == 100:
        break
print(len(str(next(p for i, p in enumerate(powers_of(2)) if i == 1000))))
