print(list("ab"), tuple([1, 2]), set([1, 1]), dict([(1, 2)]), frozenset([3]))
print(str(5), int("5"), float("5"), bool(""), bool("False"), bool(0.0), bool([0]))
print(int(), float(), str(), list(), tuple(), dict(), set(), bool())
print(int(True), float(False), str(None), list(range(2)))
