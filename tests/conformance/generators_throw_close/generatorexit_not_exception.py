def gen():
    try:
        yield 1
    except Exception:
        print("Exception caught (should not happen)")
    finally:
        print("finally runs")

g = gen()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(GeneratorExit.__mro__[1].__name__)
