def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")

find([4, 8, 15, 16, 23, 42], 16)
find([4, 8, 15], 99)
for x in []:
    pass
else:
    print("else runs for empty loops")
