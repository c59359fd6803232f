from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(3))
print(Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(repr(Point("a", [1, 2])))
print(Point.y, p.x + p.y)
p.x = 10
print(p)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"


print(Line(Point(0, 0), Point(1, 1)))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Line()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__)
