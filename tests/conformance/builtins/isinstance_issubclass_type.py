print(isinstance(5, int), isinstance(True, int), isinstance(5, (str, float)), isinstance(5.0, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(int, (str, int)))
print(type(5), type("s"), type([]), type(None), type(type))
print(type(5) is int, type(True) is int, type(3.0).__name__)
try:
    isinstance(5, "int")
except TypeError as e:
    print("TypeError:", e)
