from itertools import chain

nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(nested)))
words = ["gen", "iter"]
print("".join(chain.from_iterable(words)))

def lazy_lists():
    for i in range(3):
        print("making list", i)
        yield [i] * i

print(list(chain.from_iterable(lazy_lists())))
