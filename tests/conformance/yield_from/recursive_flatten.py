def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

nested = [1, [2, [3, [4, [5]]]], 6, [[7], 8]]
print(list(flatten(nested)))
print(sum(flatten([[1, 2], [3, [4, 5]]])))
