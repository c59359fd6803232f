def empty():
    return "nothing yielded"
    yield

def outer():
    r = yield from empty()
    print("result:", r)
    yield from []
    yield "done"

print(list(outer()))
