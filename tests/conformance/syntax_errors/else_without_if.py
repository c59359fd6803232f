for x in range(3):
    print(x)
print("loop done")
else:
    print("no")
