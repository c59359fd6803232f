from itertools import tee

def pairwise(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)

print(list(pairwise([1, 2, 4, 7, 11])))
print(list(pairwise("x")))
