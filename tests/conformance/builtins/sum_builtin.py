print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([]))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "2"])
except TypeError as e:
    print("TypeError:", e)
