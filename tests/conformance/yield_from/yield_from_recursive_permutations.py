def perms(items):
    if not items:
        yield ()
        return
    for i, first in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (first,) + rest

def all_orders():
    yield from perms((1, 2, 3))

for p in all_orders():
    print(p)
