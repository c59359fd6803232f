errors = [ValueError("v"), TypeError("t"), KeyError("k")]
by_name = {type(e).__name__: e for e in errors}
print(list(by_name))
for e in errors:
    print(isinstance(e, Exception), e.args[0], e.__class__.__name__)
try:
    raise errors[1]
except TypeError as caught:
    print(caught is errors[1])
