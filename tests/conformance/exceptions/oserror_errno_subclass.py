# OSError(errno, strerror, ...) becomes the subclass for that errno, as
# open() would raise it; other arguments keep OSError itself.
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
print(type(OSError(17, "File exists")).__name__, type(OSError(99, "odd")).__name__, type(OSError("plain")).__name__)
print(repr(OSError(2, "No such file")), type(FileNotFoundError(17, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "data.csv")
except FileNotFoundError as err:
    print("caught", err)
