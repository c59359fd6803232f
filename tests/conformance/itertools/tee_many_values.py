# More values than one buffer chunk holds, read at different speeds.
from itertools import tee, islice

def naturals():
    n = 0
    while True:
        yield n
        n += 1

fast, slow = tee(naturals())
print(sum(islice(fast, 500)))
print(list(islice(slow, 3)), list(islice(slow, 120, 123)))
print(next(fast), next(slow))
print(sum(islice(slow, 1000)), next(fast))
