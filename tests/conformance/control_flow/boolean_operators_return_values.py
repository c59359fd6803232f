print(0 or "default")
print("value" or "default")
print(None and "never")
print(3 and 4)
print([] or {} or "last")
print(not 0, not "x")
name = ""
print(name or "anonymous")
