from functools import reduce

def running():
    for n in [4, 8, 15, 16, 23, 42]:
        print("  next", n)
        yield n

print(reduce(lambda acc, n: acc + n, running(), 0))
print(reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
print(reduce(lambda a, b: a, [], None), reduce(lambda a, b: a + b, [7]))
print(reduce(lambda x, y: x * 10 + y, range(1, 6)))
flatten = reduce(lambda acc, row: acc + row, [[1, 2], [3], [], [4, 5]], [])
print(flatten)
for call in [lambda: reduce(lambda a, b: a, 5), lambda: reduce(len, [1, 2]), lambda: reduce(max),
             lambda: reduce(max, [1], 0, 1), lambda: reduce(max, [1], initial=0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
