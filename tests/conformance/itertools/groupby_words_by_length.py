from itertools import groupby

words = ["gen", "yield", "iter", "next", "send", "close", "throw", "lazy"]
for length, group in groupby(sorted(words, key=len), key=len):
    print(length, list(group))
by_first = {k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])}
print(by_first)
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1, 3, 3])])
print([k for k, _ in groupby("AAAABBBCCDAABBB")])
print(list(groupby([])))
