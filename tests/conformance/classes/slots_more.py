# __slots__: instances take only the listed attributes and have no __dict__.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)

class Named:
    __slots__ = 'name'

n = Named()
try:
    print(n.name)
except AttributeError as e:
    print('AttributeError:', e)
n.name = 'gen'
print(n.name)
del n.name
try:
    del n.name
except AttributeError as e:
    print('AttributeError:', e)

class Point3(Point):            # no __slots__ of its own: gets a __dict__
    pass

q = Point3(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))

class Point4(Point):
    __slots__ = ['z']

r = Point4(1, 2)
r.z = 3
print(r.x + r.y + r.z)
r.w = 4
