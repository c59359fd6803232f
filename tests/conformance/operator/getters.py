# itemgetter / attrgetter / methodcaller as sort keys and with map.
from operator import itemgetter, attrgetter, methodcaller

rows = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2)("hello"), itemgetter(slice(1, 3))("hello"))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.origin = None
    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)

pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([(p.x, p.y) for p in sorted(pts, key=attrgetter("x"))])
print(list(map(attrgetter("x", "y"), pts)))
pts[0].origin = Point(7, 8)
print(attrgetter("origin.x")(pts[0]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("scaled", 2, offset=1)(pts[1]))
print(itemgetter(1), attrgetter("x", "y"), methodcaller("scaled", 2, offset=1))
try:
    attrgetter("z")(pts[0])
except AttributeError as e:
    print("AttributeError:", e)
