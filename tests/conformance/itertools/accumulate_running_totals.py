from itertools import accumulate

deposits = [100, -20, 50, -200, 75]
print(list(accumulate(deposits)))
print(list(accumulate(deposits, initial=1000)))
print(list(accumulate(deposits, max)))
print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: a * b)))
print(list(accumulate("abc")), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([1, 2, 3], func=None, initial=None)))

def flips():
    for x in [1, 0, 1, 1]:
        print("  flip", x)
        yield x

acc = accumulate(flips(), initial=10)
print(next(acc), next(acc), list(acc))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
