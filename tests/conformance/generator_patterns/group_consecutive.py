def runs(iterable):
    it = iter(iterable)
    try:
        current = [next(it)]
    except StopIteration:
        return
    for item in it:
        if item == current[-1]:
            current.append(item)
        else:
            yield current[0], len(current)
            current = [item]
    yield current[0], len(current)

print(list(runs("aaabccddddde")))
print("".join(f"{ch}{n}" for ch, n in runs("wwwwbbbw")))
print(list(runs([])))
