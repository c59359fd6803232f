from functools import partial

def scale(factor, value):
    return factor * value

doubles = list(map(partial(scale, 2), [1, 2, 3]))
print(doubles)
adders = [partial(lambda a, b: a + b, n) for n in range(3)]
print([f(10) for f in adders])
