class Done(StopIteration):
    pass

def gen():
    yield 1
    raise Done("custom")

try:
    list(gen())
except RuntimeError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__)
