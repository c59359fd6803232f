# Two tee iterators over one generator: each value is computed once, the
# one behind replays what the one ahead read.
from itertools import tee

def squares(n):
    for i in range(n):
        print("  computing", i * i)
        yield i * i

ahead, behind = tee(squares(5))
print("ahead:", next(ahead), next(ahead), next(ahead))
print("behind:", list(behind))
print("ahead again:", list(ahead))
print("both done:", list(ahead), list(behind))

a, b, c = tee("xyz", 3)
print(next(a), next(a), next(b), list(c), list(b), list(a))
print(tee([1, 2], 0), len(tee([1, 2])), type(tee([])[0]).__name__)
