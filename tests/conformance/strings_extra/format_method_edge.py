class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        if spec == "polar":
            return "P<polar>"
        return "P(" + format(self.x, spec) + ", " + format(self.y, spec) + ")"

    def __repr__(self):
        return "Point!"


class Plain:
    def __str__(self):
        return "plain-str"


p = Point(1.5, -2)
print("{0} {0:.2f} {0:polar} {0!r} {0!s}".format(p))
print(f"{p} {p:>6} {p!r:>8}|")
print("{} {}".format(Plain(), [Plain()][0]), format(Plain()), format(Plain(), ""))
print("{0[0]} {0[1][x]} {1.x} {1.y:+d} {k[a]}".format([7, {"x": "deep"}], p, k={"a": "A"}))
print("{:>{w}.{p}f}|{:^{}}|".format(3.14159, "mid", 9, w=10, p=3))
print("{{}} {{{0}}} }}{{".format("in"))
print("{0}{1}{0}".format("ab", "-"), "{:d}{:s}".format(1, "s"), "{!s:>4}".format(None))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{0:04d}".format(True), format(True), format(False, "^7"))
print("{:,} {:_} {:08.3f} {:e} {:%} {:c}".format(1234567, 10 ** 8, -3.14159, 0.5, 0.25, 0x263A))


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {age}".format_map(Missing(name="Ann")))
errs = ["{0", "{", "}", "a{0:{1}", "{0:{1:{2}}}", "{0:{{}}}", "{a[}", "{0!}", "{0!rr}", "{0!x}",
        "{}{1}", "{1}{}", "{2}", "{x}", "{0[-1]}", "{0.}", "{0[]}", "{0[0]x}", "{x{}", "{:d}", "{ }",
        "{-1}", "a}b", "{0:}}", "{0.nope}", "{0:=5}", "{0:+}", "{0:,}"]
for e in errs:
    try:
        print(repr(e), "->", repr(e.format([1], "s", 3)))
    except Exception as ex:
        print(repr(e), "!!", type(ex).__name__, ex)
for f, a in [("{}", {}), ("{0}", {}), ("{a}", {})]:
    try:
        print(f.format_map(a))
    except Exception as ex:
        print(type(ex).__name__, ex)
for spec in ["", "x", ">5", "d", ".2"]:
    for v in [None, [1], Plain()]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except Exception as ex:
            print(repr(spec), type(ex).__name__, ex)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as ex:
    print("TypeError", ex)
try:
    "{}".format(BadFormat())
except TypeError as ex:
    print("TypeError", ex)
