# Missing keys count zero without being stored; subclasses of Counter keep
# their own name in reprs and copies; deleting a missing key is no error.
from collections import Counter

c = Counter("spam")
print(c["z"], "z" in c, len(c), c.get("z"), c.get("s"))
c["z"] += 2
print(c, c.pop("z"))
del c["nothing"]
del c["s"]
print(c, list(c), c.keys(), list(c.values()))
c.clear()
print(c, bool(c))

class Histogram(Counter):
    def bars(self):
        width = max(self.values(), default=0)
        for key, n in sorted(self.items()):
            yield f"{key} {'*' * n}{' ' * (width - n)}|"

h = Histogram([2, 3, 3, 5, 3, 2])
print(h, type(h).__name__, isinstance(h, Counter))
for line in h.bars():
    print(line)
print(h.copy(), h + Histogram([5]), h.most_common(1))

class Scores(Counter):
    def __missing__(self, key):
        return 100

s = Scores(ann=3)
print(s["ann"], s["newcomer"], s)
print(Counter(dict(a=2, b=1)), Counter(Counter("ab")), Counter(a=0, b=-1))
