from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a <= Version("1.2"), a >= Version("1.2"))
print(sorted([Version("2.0"), Version("1.5"), Version("1.0")]))
print(max(Version("3"), Version("2.9")), min(Version("0.9"), Version("0.10")))
print([n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in vars(Version)])
print(a.__gt__(5), a.__le__("x"))
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)
