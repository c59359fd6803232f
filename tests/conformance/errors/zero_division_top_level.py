print("before")
ratio = 10 / 0
print("never")
