# Recipes in the style of the itertools documentation, written out.
from itertools import (islice, count, chain, cycle, groupby, tee, filterfalse,
                       combinations, zip_longest, starmap, repeat)
from collections import deque
from functools import partial

def take(n, iterable):
    return list(islice(iterable, n))

def tail(n, iterable):
    return iter(deque(iterable, maxlen=n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def repeatfunc(func, times, *args):
    return starmap(func, repeat(args, times))

print(take(5, count(10, 5)), list(tail(3, range(10))), nth(count(), 7), nth("ab", 5, "-"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda n: n % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(list(repeatfunc(pow, 3, 2, 5)))
