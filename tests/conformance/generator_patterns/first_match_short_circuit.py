checked = []

def candidates():
    for n in range(10, 1000):
        checked.append(n)
        yield n

first = next(n for n in candidates() if n % 7 == 0 and n % 5 == 0)
print(first, len(checked))
