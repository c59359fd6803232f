def inner():
    yield 1
    raise ValueError("inner failed")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer handled: {e}"

print(list(outer()))
