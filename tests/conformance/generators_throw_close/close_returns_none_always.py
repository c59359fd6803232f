def a():
    yield 1

def b():
    try:
        yield 1
    except GeneratorExit:
        return "value is discarded"

for make in (a, b):
    g = make()
    next(g)
    print(make.__name__, g.close())
