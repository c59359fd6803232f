def fib_memo():
    cache = [0, 1]
    i = 0
    while True:
        if i >= len(cache):
            cache.append(cache[-1] + cache[-2])
        yield cache[i]
        i += 1

f = fib_memo()
print([next(f) for _ in range(12)])
