import itertools
from itertools import count, tee, groupby, chain

print(type(count()), itertools.count, itertools.chain)
print(type(tee([])[0]), type(next(groupby("a"))[1]))
print(type(chain.from_iterable([])).__name__, count.__name__, count.__module__)
print(isinstance(chain(), chain), isinstance(iter([]), chain))
for name in ["islice", "takewhile", "pairwise", "zip_longest", "product", "combinations_with_replacement"]:
    obj = getattr(itertools, name)
    print(obj, obj.__name__)
