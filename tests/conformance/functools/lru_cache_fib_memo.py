from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(100))
print(fib.cache_info())
print(fib(499))
print(fib.cache_info().currsize, fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())
print([fib(n) for n in range(10)])
