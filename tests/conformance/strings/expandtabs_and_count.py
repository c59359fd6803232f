print("a\tb\tc".expandtabs(4))
print("mississippi".count("ss"), "mississippi".count("s"), "aaaa".count("aa"))
print("Hello".ljust(2), "x".center(4) + "|")
