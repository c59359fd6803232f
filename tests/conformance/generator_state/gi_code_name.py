def producer():
    yield 1

g = producer()
print(g.gi_code.co_name)
print(g.__name__)
g.__name__ = "renamed"
print(g.__name__, producer.__name__)
