def gen():
    print("never printed")
    try:
        yield 1
    except ValueError:
        print("not reached either")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised immediately:", e)
print(list(g))
