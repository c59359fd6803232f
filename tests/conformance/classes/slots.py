# __slots__: instances take only the listed attributes and have no __dict__,
# unless some class above them lacks __slots__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
for attempt in ("p.y", "p.__dict__"):
    try:
        eval_result = p.y if attempt == "p.y" else p.__dict__
    except AttributeError as e:
        print(attempt, "->", e)
try:
    p.z = 1
except AttributeError as e:
    print("p.z = 1 ->", e)


class Labelled(Point):  # no __slots__: a __dict__ again
    pass


q = Labelled(2)
q.label = "q"
print(q.x, q.label, q.__dict__)


class Point3(Point):
    __slots__ = ("z",)


r = Point3(3)
r.y, r.z = 4, 5
print(r.x, r.y, r.z)
try:
    r.w = 6
except AttributeError as e:
    print(e)


class Named:
    __slots__ = "name"  # a single string is one slot


n = Named()
n.name = "n"
print(n.name, Named.__slots__)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
try:
    vars(p)
except TypeError as e:
    print(e)
try:
    class Clash:
        __slots__ = ("size",)
        size = 3
except ValueError as e:
    print(e)


class Open:
    __slots__ = ("a", "__dict__")


o = Open()
o.a, o.b = 1, 2
print(o.a, o.b, o.__dict__)
