from itertools import groupby

groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
saved = [(k, list(g)) for k, g in groupby("aabbc")]
print(saved)
