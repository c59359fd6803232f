try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
print(issubclass(FileNotFoundError, OSError))
