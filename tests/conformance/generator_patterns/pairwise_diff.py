def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item

temps = [12, 15, 11, 18, 18, 20]
print(list(pairwise(temps)))
print([b - a for a, b in pairwise(temps)])
