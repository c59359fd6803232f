# A NUL character in printed text is output like any other; what follows still appears.
print("a\x00b")
print(f"{0:c}|", "%c|" % 0, repr(chr(0)), len(f"{0:c}"))
print("still here")
