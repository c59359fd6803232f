from functools import lru_cache

@lru_cache(maxsize=3)
def load(page):
    print("  loading page", page)
    return f"<page {page}>"

for p in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    load(p)
print(load.cache_info())
print(load.cache_parameters())

@lru_cache(maxsize=0)
def never(x):
    print("  computing", x)
    return x
never(1); never(1)
print(never.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x
print(negative.cache_info())
