def gen():
    result = []
    result.append((yield "give me a"))
    result.append((yield "give me b"))
    print("collected", result)
    yield sum(result)

g = gen()
print(next(g))
print(g.send(3))
print(g.send(4))
