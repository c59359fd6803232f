def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

for b in batched(range(10), 4):
    print(b)
print(list(batched("", 3)))
