def chunks(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for i in range(0, len(items), size):
        yield items[i:i + size]

g = chunks([1, 2, 3], 0)
print("generator created without error")
try:
    next(g)
except ValueError as e:
    print("error on first next:", e)
print(list(chunks([1, 2, 3, 4, 5], 2)))
