from itertools import groupby

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
print([k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])])
