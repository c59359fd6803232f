def chunks(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    return _chunks(items, size)

def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]

try:
    chunks([1, 2, 3], 0)
except ValueError as e:
    print("raised immediately:", e)
print(list(chunks("abcdefg", 3)))
