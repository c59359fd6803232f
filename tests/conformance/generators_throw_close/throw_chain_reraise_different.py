def inner():
    try:
        yield 1
    except KeyError as e:
        raise LookupError(f"inner translated {e}") from e

def outer():
    try:
        yield from inner()
    except LookupError as e:
        yield f"outer saw: {e} (cause {type(e.__cause__).__name__})"

g = outer()
next(g)
print(g.throw(KeyError("k")))
