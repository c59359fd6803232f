def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_frame is None)
next(g)
print(g.gi_frame is None)
g.close()
print(g.gi_frame is None)
h = gen()
list(h)
print(h.gi_frame is None)
