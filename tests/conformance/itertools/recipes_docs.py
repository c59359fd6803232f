# The recipes of the itertools documentation, in their usual form, on small inputs.
from itertools import islice, count, cycle, repeat, chain, tee, groupby, accumulate, takewhile, dropwhile, starmap, zip_longest, product, permutations, combinations, filterfalse, compress, pairwise
import itertools, operator, collections, math

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterator):
    return chain([value], iterator)

def tabulate(function, start=0):
    return map(function, count(start))

def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))

def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    if incomplete == 'ignore':
        return zip(*args)
    else:
        raise ValueError('Expected fill, strict, or ignore')

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next in nexts:
                yield next()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))

def unique_everseen(iterable, key=None):
    seen = set()
    seen_add = seen.add
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen_add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen_add(k)
                yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def before_and_after(predicate, it):
    it = iter(it)
    transition = []
    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it
    return true_iterator(), remainder_iterator()

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

print(take(3, count(10)), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x)))
print(list(tail(2, "abcdef")), nth(range(10), 3), all_equal("aaa"), all_equal("aab"), quantify([1, 0, 2]))
print(list(ncycles("ab", 2)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
d = {1: 2, 3: 4}
print(list(iter_except(d.popitem, KeyError)))
print(first_true([0, None, 3, 4]), list(sliding_window("ABCDE", 3)), list(flatten([[1], [2, 3]])), dotproduct([1, 2], [3, 4]))
a, b = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(a), "".join(b))
print(list(batched("ABCDEFG", 3)))
it = iter(range(10)); consume(it, 3); print(next(it))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2, 3], initial=100)), list(pairwise("abcd")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(product("ab", repeat=2)), list(permutations(range(3), 2)))
