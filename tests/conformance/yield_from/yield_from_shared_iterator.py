def take(it, n):
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

def chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(take(it, size))
        if not chunk:
            return
        yield chunk

print(list(chunks(range(10), 3)))
print(list(chunks("abcdef", 2)))
