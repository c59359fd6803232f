# In a test (if, while, assert, comprehension filters, conditional
# expressions), `and`, `or`, `not` and chained comparisons ask each operand's
# truth exactly once: a falsy left operand of `and` is not asked again by
# the `if` that receives it.

class Loud:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("  bool", self.name)
        return self.truth

    def __repr__(self):
        return self.name


no, yes = Loud("no", False), Loud("yes", True)

print("if and:")
if no and yes:
    print("  taken")
else:
    print("  else")

print("if or:")
if no or yes:
    print("  taken")

print("if not or:")
if not (no or no):
    print("  taken")

print("nested and/or:")
if (no and yes) or (yes and not no):
    print("  taken")

print("while and:")
n = 0
while yes and n < 2:
    n += 1
print("  ran", n)

print("assert:")
assert yes and not no

print("filter:")
print("  ", [i for i in range(2) if no or yes])

print("conditional expression:")
print("  ", "a" if no or yes else "b")

print("conditional expression as a test:")
if (yes if no else no):
    print("  taken")
else:
    print("  else")


class Link:
    # A comparison that answers with an object of its own truth.
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print("  lt", self.name, other.name)
        return Loud(self.name + "<" + other.name, self.name < other.name)


a, b, c = Link("a"), Link("b"), Link("c")
print("chained, true links:")
if a < b < c:
    print("  taken")
print("chained, false first link:")
if b < a < c:
    print("  taken")
else:
    print("  else")
print("chained as a value:")
print("  ", b < a < c)

print("and returns its operand:")
x = no and yes
print("  ", x)
