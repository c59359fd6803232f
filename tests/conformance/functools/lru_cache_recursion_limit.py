# Each memoized level costs the wrapper's call and the function's frame,
# so a fresh cache reaches fib(499) but not fib(500) under the default limit.
from functools import lru_cache

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(499) % 1000)
fib.cache_clear()
try:
    fib(500)
except RecursionError as e:
    print("RecursionError:", e)
# Filling the cache bottom-up first keeps the recursion shallow.
fib.cache_clear()
for n in range(0, 2001, 100):
    fib(n)
print(len(str(fib(2000))), fib.cache_info().maxsize)
