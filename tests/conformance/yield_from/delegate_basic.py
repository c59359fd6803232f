def inner():
    yield 1
    yield 2

def outer():
    yield "start"
    yield from inner()
    yield "end"

print(list(outer()))
