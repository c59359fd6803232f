from itertools import chain

def rows():
    for r in range(3):
        print("  row", r)
        yield [r * 10 + c for c in range(2)]

flat = chain.from_iterable(rows())
print("made", type(flat).__name__)
print(next(flat), next(flat), next(flat))
print(list(flat))
print(list(chain("ab", (1, 2), range(2), {"k": 1})))
print(list(chain()), list(chain([], [])))
bad = chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print("TypeError:", e)
try:
    chain.from_iterable(5)
except TypeError as e:
    print("TypeError:", e)
