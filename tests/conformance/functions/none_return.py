def nothing():
    pass

def early(x):
    if x:
        return
    print("not early")

print(nothing())
print(early(True))
print(early(False))
