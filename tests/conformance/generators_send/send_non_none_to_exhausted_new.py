def gen():
    return "nothing"
    yield

g = gen()
try:
    g.send(1)
except TypeError as e:
    print(e)
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value)
