it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
s = iter("ab")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
counter = iter(lambda: "x", "x")
print(list(counter))
