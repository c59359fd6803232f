from itertools import islice

def results():
    for i in range(1, 24):
        yield f"result{i}"

def page(iterable, number, size=5):
    start = (number - 1) * size
    return list(islice(iterable, start, start + size))

print(page(results(), 1))
print(page(results(), 3))
print(page(results(), 5))
print(page(results(), 6))
