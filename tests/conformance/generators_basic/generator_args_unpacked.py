def concat(*sources):
    for source in sources:
        yield from source

print(list(concat([1, 2], "ab", range(2))))
lists = [[1], [2, 3], []]
print(list(concat(*lists)))
