def gen():
    while True:
        try:
            yield "working"
        except ValueError as e:
            print("handled:", e)
            yield "recovered"

g = gen()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
print(next(g))
