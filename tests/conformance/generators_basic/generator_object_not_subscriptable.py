def gen():
    yield 1

g = gen()
try:
    g[0]
except TypeError as e:
    print(e)
try:
    len(g)
except TypeError as e:
    print(e)
print(bool(g))
