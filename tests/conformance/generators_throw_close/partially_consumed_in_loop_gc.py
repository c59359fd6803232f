def numbered(label):
    try:
        for i in range(5):
            yield f"{label}{i}"
    finally:
        print("closed", label)

for label in "abc":
    g = numbered(label)
    print(next(g), next(g))
print("loop done")
del g
print("end")
