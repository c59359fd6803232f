def unique(iterable):
    seen = set()
    for item in iterable:
        if item not in seen:
            seen.add(item)
            yield item

print(list(unique([3, 1, 3, 2, 1, 5, 2])))
print("".join(unique("mississippi")))
