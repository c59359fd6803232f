# defaults=, rename=, module= and the class attributes that describe fields.
from collections import namedtuple

Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"), Config("a", 1), Config("b", 2, True))
print(Config._fields, Config._field_defaults, Config.__doc__)
print(Config(debug=True, host="h"))

Row = namedtuple("Row", ["id", "class", "def", "id", "_hidden", "ok"], rename=True)
print(Row._fields, Row(1, 2, 3, 4, 5, 6))

Point = namedtuple("Point", "x, y")
Point3D = namedtuple("Point3D", Point._fields + ("z",))
print(Point3D(1, 2, 3), Point3D._fields)
Geo = namedtuple("Geo", "lat lon", module="geography")
print(Geo, Geo(1.5, 2.5), Geo.__module__)
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
Pair = namedtuple("Pair", iter(["left", "right"]))
print(Pair("L", "R"), Pair.__name__, Pair.__qualname__)
print(Config._make(["h", 1, None]), Config("x")._replace(port=9))
print(Config.__match_args__)
