def rows():
    for i in range(3):
        print("building row", i)
        yield (i * 10 + j for j in range(3))

def flatten(gens):
    for g in gens:
        yield from g

for value in flatten(rows()):
    print(value, end=" ")
print()
