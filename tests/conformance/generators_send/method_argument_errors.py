# Wrong numbers of arguments to a generator's methods.
def gen():
    yield 1

g = gen()
for call in (lambda: g.send(), lambda: g.send(1, 2), lambda: g.throw(), lambda: g.close(1),
             lambda: g.throw(ValueError, "v", None, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(next(g))
