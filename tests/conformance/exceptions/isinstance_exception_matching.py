try:
    raise FileNotFoundError(2, "gone", "x.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.errno, e.filename)
    print(e)
try:
    raise KeyError("k")
except (IndexError, KeyError) as e:
    print("tuple matched", type(e).__name__)
