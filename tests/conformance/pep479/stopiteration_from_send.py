def gen():
    x = yield
    if x == "stop":
        raise StopIteration(x)
    yield x

g = gen()
next(g)
try:
    g.send("stop")
except RuntimeError as e:
    print("send:", e)
except StopIteration:
    print("not reached")
