def gen():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = gen()
next(g)
g.close()
