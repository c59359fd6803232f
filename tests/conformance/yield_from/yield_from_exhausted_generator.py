def sub():
    yield 1
    return "done"

s = sub()
print(list(s))

def outer():
    result = yield from s
    print("result from exhausted:", result)
    yield "outer"

print(list(outer()))
