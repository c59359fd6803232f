def take(it, n):
    for _ in range(n):
        yield next(it)

def chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(take(it, size))
        if not chunk:
            return
        yield chunk

print(list(chunks(range(10), 3)))
