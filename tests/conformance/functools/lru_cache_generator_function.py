# Caching a generator function caches the generator object: the second
# call gets the same, already exhausted, generator.
from functools import lru_cache

@lru_cache
def countdown(n):
    while n > 0:
        yield n
        n -= 1

first = countdown(3)
print(list(first))
again = countdown(3)
print(again is first, list(again))
print(countdown.cache_info())

@lru_cache(maxsize=16)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

print(max(range(1, 30), key=collatz_len), collatz_len.cache_info().maxsize)
