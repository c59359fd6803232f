def g():
    yield 1

it = g()
try:
    it.send(0)
except TypeError as e:
    print(type(e).__name__, "-", e)
it2 = (i for i in range(2))
try:
    it2.send(0)
except TypeError as e:
    print(type(e).__name__, "-", e)
