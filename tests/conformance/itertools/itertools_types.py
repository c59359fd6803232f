import itertools

objs = [itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.islice("a", 1),
        itertools.chain(), itertools.accumulate([]), itertools.zip_longest(), itertools.product(),
        itertools.permutations(""), itertools.combinations("", 0), itertools.groupby(""),
        itertools.starmap(pow, []), itertools.takewhile(bool, []), itertools.dropwhile(bool, [])]
for o in objs:
    print(type(o).__name__, iter(o) is o)
