# Subclasses of namedtuples with methods and properties (the Point example
# of the library docs), an operator, and classes built from other _fields.
from collections import namedtuple
import math
class Point(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

for p in Point(3, 4), Point(14, 5/7):
    print(p)
p = Point(1, 2)
print(repr(p), p.scaled(3), type(p.scaled(3)).__name__, Point._make([5, 6]), p._asdict())
print(isinstance(p, tuple), Point.__mro__[1], p == (1, 2), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p.hypot = 1
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
class Vec(namedtuple("Vec", "x y")):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __abs__(self):
        return math.hypot(*self)
print(Vec(1, 2) + Vec(3, 4), abs(Vec(3, 4)))
Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3))
Account = namedtuple('Account', ['owner', 'balance'], defaults=[0])
print(Account('x'), Account._field_defaults)
def rows():
    for line in ["ada,36", "bob,41"]:
        name, age = line.split(",")
        yield Person(name, int(age))
Person = namedtuple("Person", "name age")
for person in rows():
    name, age = person
    print(name, age, person.age > 40, person)
print(sorted(rows(), key=lambda r: -r.age))
print(max(rows(), key=lambda r: r.age).name)
