from collections import Counter

def rolls():
    values = [1, 6, 3, 6, 2, 6, 1, 5]
    yield from values

c = Counter(rolls())
print(c.most_common(1), len(c), c[6])
print(Counter(len(w) for w in "a bb cc ddd e".split()))
