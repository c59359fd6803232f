e1 = Exception()
e2 = Exception("one")
e3 = Exception("one", 2)
for e in (e1, e2, e3):
    print(repr(str(e)), e.args, repr(e))
k = KeyError("quoted")
print(str(k), repr(k), k.args)
print(str(KeyError()), str(KeyError(1, 2)))
print(repr(ValueError("it's")), str(OSError(2, "No such file")))
