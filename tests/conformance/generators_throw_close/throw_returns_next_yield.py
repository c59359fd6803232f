def gen():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ZeroDivisionError:
            n = -100

g = gen()
print(next(g), next(g), next(g))
print(g.throw(ZeroDivisionError))
print(next(g))
