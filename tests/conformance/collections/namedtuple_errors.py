# namedtuple's errors: bad names, wrong arguments, read-only fields.
from collections import namedtuple

def attempt(label, action):
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("keyword", lambda: namedtuple("P", "x def"))
attempt("digit", lambda: namedtuple("P", "x 1y"))
attempt("underscore", lambda: namedtuple("P", "x _y"))
attempt("duplicate", lambda: namedtuple("P", "x y x"))
attempt("type keyword", lambda: namedtuple("class", "x"))
attempt("type name", lambda: namedtuple("my-point", "x"))
attempt("int names", lambda: namedtuple("P", [1, 2]))
attempt("too many defaults", lambda: namedtuple("P", "x", defaults=(1, 2)))
attempt("positional rename", lambda: namedtuple("P", "x", True))
attempt("missing names", lambda: namedtuple("P"))
attempt("unknown keyword", lambda: namedtuple("P", "x", verbose=True))

Point = namedtuple("Point", "x y")
attempt("missing y", lambda: Point(1))
attempt("missing both", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("twice", lambda: Point(1, x=2))
attempt("unknown field", lambda: Point(1, 2, z=3))
attempt("make short", lambda: Point._make([1]))
attempt("make long", lambda: Point._make(range(3)))
attempt("replace unknown", lambda: Point(1, 2)._replace(z=0, w=1))
attempt("replace positional", lambda: Point(1, 2)._replace(5))
p = Point(1, 2)
attempt("set field", lambda: setattr(p, "x", 10))
attempt("new attribute", lambda: setattr(p, "z", 10))
attempt("item assignment", lambda: p.__setitem__(0, 5) if hasattr(p, "__setitem__") else p.count(9))
attempt("index", lambda: p[2])
attempt("unpack", lambda: [a for a, b, c in [p]])

def assign():
    p[0] = 5

attempt("p[0] = 5", assign)
print(p)
