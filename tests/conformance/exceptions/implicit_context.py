try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling a KeyError")
except ValueError as e:
    print(e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
