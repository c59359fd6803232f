# The LRU cache of the OrderedDict docs: a subclass that keeps its size in
# an attribute, moves hits to the end and drops the oldest entry. Requests
# come from a generator.
from collections import OrderedDict

class LRU(OrderedDict):
    "Limit size, evicting the least recently looked-up key when full"

    def __init__(self, maxsize=3, /, *args, **kwds):
        self.maxsize = maxsize
        self.evicted = []
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            self.evicted.append(oldest)
            del self[oldest]

def requests():
    yield from ["a", "b", "a", "c", "d", "b", "a", "e"]

cache = LRU(3)
for key in requests():
    if key in cache:
        print(key, "hit", cache[key])
    else:
        cache[key] = key.upper()
        print(key, "miss", list(cache))
print(cache, cache.maxsize, cache.evicted)
print(LRU(2, [("x", 1), ("y", 2), ("z", 3)]))

def lru_cache_demo(capacity, keys):
    store = OrderedDict()
    for k in keys:
        if k in store:
            store.move_to_end(k)
        else:
            store[k] = len(store)
            if len(store) > capacity:
                yield store.popitem(last=False)

print(list(lru_cache_demo(2, "abcab")))
