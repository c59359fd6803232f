# Method and attribute lookups that must see every change to a class and its
# bases, however often the same lookup ran before (the runtime remembers
# where it last found a name along a class's MRO).
class Base:
    def greet(self):
        return "base"

class Child(Base):
    pass

c = Child()
seen = []
for round in range(3):
    seen.append(c.greet())
Base.greet = lambda self: "base, reassigned"
seen.append(c.greet())
Child.greet = lambda self: "child's own"
seen.append(c.greet())
del Child.greet
seen.append(c.greet())
del Base.greet
try:
    c.greet()
except AttributeError as e:
    seen.append(str(e))
print(seen)

# A class attribute read through instances, then shadowed and unshadowed.
class Config:
    level = 1
cfg = Config()
levels = [cfg.level]
Config.level = 2
levels.append(cfg.level)
cfg.level = 3
levels.append(cfg.level)
del cfg.level
levels.append(cfg.level)
print(levels)

# Classes made one after another, each discarded before the next: a new
# class may reuse an old one's memory, never its answers.
answers = []
for i in range(50):
    class Temp:
        pass
    if i % 2:
        Temp.value = lambda self, i=i: i * 10
    t = Temp()
    answers.append(t.value() if hasattr(t, "value") else None)
    del Temp, t
print(answers[:6], answers.count(None))

# Dunder methods added to a class after instances exist.
class Num:
    def __init__(self, n):
        self.n = n
a, b = Num(2), Num(5)
try:
    a + b
except TypeError as e:
    print(e)
Num.__add__ = lambda self, other: Num(self.n + other.n)
print((a + b).n, len([a, b]))
Num.__len__ = lambda self: self.n
print(len(a), len(b))

# Names built at run time look up the same attributes.
class Dyn:
    alpha = "a"
    beta = "b"
print([getattr(Dyn, "".join(["al", "pha"])), getattr(Dyn(), "be" + "ta")])
