# Defaults the way older code gave them: a subclass overriding __new__ and
# calling super().__new__; and a plain tuple subclass doing the same.
from collections import namedtuple

class Color(namedtuple("Color", "red green blue alpha")):
    __slots__ = ()

    def __new__(cls, red, green, blue, alpha=1.0):
        for channel in (red, green, blue):
            if not 0 <= channel <= 255:
                raise ValueError(f"channel out of range: {channel}")
        return super().__new__(cls, red, green, blue, alpha)

    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(*self[:3])

print(Color(255, 128, 0), Color(0, 0, 0, 0.5).hex(), Color._make([1, 2, 3, 0.1]))
try:
    Color(300, 0, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    Color(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Pair(tuple):
    def __new__(cls, left, right):
        return super().__new__(cls, (left, right))

    def swapped(self):
        return Pair(self[1], self[0])

p = Pair("a", "b")
print(p, p.swapped(), type(p.swapped()).__name__, p == ("a", "b"), len(p))

def gradient(steps):
    for i in range(steps):
        yield Color(i * 100, 255 - i * 100, 0)

print([c.hex() for c in gradient(3)])
