print("|" + "hi".center(10) + "|")
print("|" + "hi".ljust(6, ".") + "|" + "hi".rjust(6, "*") + "|")
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))
print("|" + "odd".center(8, "-") + "|")
