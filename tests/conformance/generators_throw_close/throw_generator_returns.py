def gen():
    try:
        yield 1
    except ValueError:
        return "stopped by throw"

g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration with", e.value)
