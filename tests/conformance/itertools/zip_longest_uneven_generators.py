from itertools import zip_longest

def letters(n):
    for i in range(n):
        yield "abcdef"[i]
    print("  letters", n, "done")

for row in zip_longest(letters(2), letters(4), range(3), fillvalue="-"):
    print(row)
print(list(zip_longest()), list(zip_longest([1, 2])))
print(list(zip_longest("ab", [], fillvalue=0)))
names, scores = ["ann", "bob", "cy"], [90, 85]
for name, score in zip_longest(names, scores):
    print(name, score if score is not None else "absent")
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("TypeError:", e)
