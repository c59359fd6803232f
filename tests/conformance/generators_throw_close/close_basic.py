def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closing")

g = gen()
print(next(g))
print(g.close())
print(next(g, "nothing left"))
