# typing.NamedTuple in class form: annotated fields, defaults and methods.
from typing import NamedTuple, Iterator

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

class Reading(NamedTuple):
    sensor: str
    value: float

def readings() -> Iterator[Reading]:
    yield Reading("a", 1.5)
    yield Reading("b", 2.0)

p = Point(3, -4)
print(p, p.norm(), Point(1), p._asdict(), p.x, p[1], Point.__doc__)
print(list(readings()), [r.value for r in readings()])
print(Point._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple))
x, y = p
print(x, y, p._replace(x=9), Point._make([5, 6]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)
