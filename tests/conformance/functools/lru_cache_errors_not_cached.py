from functools import lru_cache, cache

@cache
def checked(n):
    print("  checking", n)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2

for n in [3, -1, 3, -1]:
    try:
        print(checked(n))
    except ValueError as e:
        print("ValueError:", e)
print(checked.cache_info())
for bad in ["big", 2.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    cache()
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache(maxsize=10)(42)
except TypeError as e:
    print("TypeError:", e)
