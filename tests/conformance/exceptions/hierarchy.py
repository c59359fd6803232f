for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration, GeneratorExit,
            RecursionError, UnboundLocalError, NotImplementedError, ModuleNotFoundError, KeyboardInterrupt]:
    print(exc.__name__, "->", " -> ".join(k.__name__ for k in exc.__mro__[1:]))
