print(str(42), str(3.0), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}))
print(repr(42), repr("42"), repr([1, "a"]), repr(None))
print(len(str(10 ** 50)), str(-0.5), str(1e100))
print(str("already a string"), repr(str(12)), str() == "")
