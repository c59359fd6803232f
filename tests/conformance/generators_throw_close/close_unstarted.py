def gen():
    try:
        print("started")
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print("closed without starting")
print(list(g))
