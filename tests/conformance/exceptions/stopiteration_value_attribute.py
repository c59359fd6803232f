e = StopIteration(42)
print(e.value, e.args)
print(StopIteration().value)
def gen():
    return "result"
    yield
try:
    next(gen())
except StopIteration as s:
    print(s.value, repr(s))
