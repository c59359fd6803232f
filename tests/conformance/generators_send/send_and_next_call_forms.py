# The call forms that resume a generator directly (g.send(x), next(g)) next
# to the ones that do not (next with a default, the unbound method, a
# shadowed next), with every state a generator can be in when called.
def avg():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total
        total += value; count += 1
        average = total / count

a = avg()
print(next(a), a.send(10), a.send(20), a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    a.send(1)
except StopIteration as e:
    print("closed stop", e.args)
try:
    next(a)
except StopIteration as e:
    print("closed next", e.args)

b = avg()
try:
    b.send(5)
except TypeError as e:
    print("fresh:", e)
print(b.send(None), b.send(4))

def selfsend():
    yield me.send(None)
me = selfsend()
try:
    next(me)
except ValueError as e:
    print("running:", e)

def nexter():
    yield next(me2)
me2 = nexter()
try:
    me2.send(None)
except ValueError as e:
    print("running next:", e)

g = (x * 2 for x in range(3))
print(next(g), next(g), next(g), next(g, "dflt"))
try:
    next(g)
except StopIteration as e:
    print("genexpr done", e.args)

c = avg(); next(c)
print(type(c).send(c, 7))
try:
    type(c).send(c)
except TypeError as e:
    print("unbound:", e)
try:
    c.send()
except TypeError as e:
    print("no arg:", e)
try:
    c.send(1, 2)
except TypeError as e:
    print("two args:", e)

def ret():
    yield 1
    return "done"
r = ret(); next(r)
try:
    next(r)
except StopIteration as e:
    print("return value", e.value)

def boom():
    yield 1
    raise KeyError("k")
bb = boom(); next(bb)
try:
    bb.send(9)
except KeyError as e:
    print("raised", repr(e), bb.gi_frame)

nxt = next
def main():
    def next(x):
        return "shadowed"
    print(next(iter([1])), nxt(iter([5])))
main()

def deep(n):
    g = deep(n - 1) if n else None
    yield (next(g) if g else 0) + 1
try:
    print(next(deep(50)))
except RecursionError:
    print("recursion")
import sys
sys.setrecursionlimit(60)
try:
    print(next(deep(200)))
except RecursionError as e:
    print("recursion", e)
# Uncaught: the traceback shows the line that sent, then the generator's.
def bad():
    x = yield 1
    yield 1 / x
bg = bad(); next(bg)
bg.send(0)
