def gen():
    try:
        yield "first"
        yield "second"
    finally:
        print("generator finalized")

g = gen()
print(next(g))
del g
print("after del")
