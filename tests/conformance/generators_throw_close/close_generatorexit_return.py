def gen():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("exiting quietly")
        return "ignored value"

g = gen()
next(g)
print(g.close())
