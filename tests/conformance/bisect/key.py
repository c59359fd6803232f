# bisect with key= (3.10+) and the errors for bad arguments.
import bisect

data = [('black', 0), ('blue', 1), ('red', 5), ('yellow', 8)]
print(bisect.bisect_left(data, 5, key=lambda r: r[1]))
print(data[bisect.bisect_left(data, 5, key=lambda r: r[1])])
bisect.insort(data, ('green', 3), key=lambda r: r[1])
bisect.insort_left(data, ('white', 5), key=lambda r: r[1])
print(data)

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f'Version({self.text!r})'

releases = [Version('1.0'), Version('1.2'), Version('2.0')]
bisect.insort(releases, Version('1.10'))
print(releases)

for call in [lambda: bisect.bisect([1]), lambda: bisect.bisect([1], 1, -1),
             lambda: bisect.bisect(3, 1), lambda: bisect.bisect([1], 1, foo=2),
             lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect([1, 2], 1, 0, 'a'),
             lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.bisect([1, 2, 3], 1, 0, 10)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
