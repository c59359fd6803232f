from functools import lru_cache

@lru_cache
def describe(x, unit="m"):
    print("  miss", repr(x), unit)
    return f"{x}{unit}"

describe(1); describe(1.0); describe(1)
describe(2, "cm"); describe(2, unit="cm"); describe(unit="cm", x=2)
print(describe.cache_info())

@lru_cache(typed=True)
def typed(x):
    print("  typed miss", repr(x))
    return x
typed(3); typed(3.0); typed(3); typed(True)
print(typed.cache_info(), typed.cache_parameters())
try:
    describe([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(describe.cache_info())
