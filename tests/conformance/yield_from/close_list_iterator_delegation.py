def outer():
    try:
        yield from [1, 2, 3]
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed cleanly")
