from itertools import zip_longest

rows = [[1, 2, 3], [4], [5, 6]]
for column in zip_longest(*rows, fillvalue="-"):
    print(column)
print(["".join(col) for col in zip_longest("abc", "de", fillvalue="_")])
