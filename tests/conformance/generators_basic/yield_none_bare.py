def gen():
    yield
    yield None
    yield

print(list(gen()))
print(len(list(gen())))
