print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""))
print(len(range(0, 100, 7)), len(frozenset("abc")), len("xyz" * 3))
for bad in [5, 3.2, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
