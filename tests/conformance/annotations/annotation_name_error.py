def first(items: list) -> int:
    return items[0]

print(first([7, 8]))

def broken(items: Sequence) -> int:
    return items[0]
