from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p))
x, y = p
print(x + y, p._asdict(), p._replace(x=10))
print(Point._fields, isinstance(p, tuple))
print(p == (3, 4), Point(1, 2) < Point(1, 3))
