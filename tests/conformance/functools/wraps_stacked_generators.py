# Decorators that wrap generator functions keep the generator's name,
# and the wrapped generator still runs lazily.
from functools import wraps

def logged(gen_func):
    @wraps(gen_func)
    def wrapper(*args):
        print("start", gen_func.__name__, args)
        for item in gen_func(*args):
            print("  item", item)
            yield item
        print("end", gen_func.__name__)
    return wrapper

def doubled(gen_func):
    @wraps(gen_func)
    def wrapper(*args):
        for item in gen_func(*args):
            yield item * 2
    return wrapper

@doubled
@logged
def evens(limit):
    "Even numbers below limit."
    yield from range(0, limit, 2)

g = evens(7)
print(g.__name__, evens.__name__, evens.__doc__)
print(next(g))
print(list(g))
print(evens.__wrapped__.__wrapped__.__name__, evens.__wrapped__ is not evens)
