def gen():
    yield 5

x := next(gen())
print(x)
