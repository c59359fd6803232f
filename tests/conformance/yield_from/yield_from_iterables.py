def flatten_once(*iterables):
    for it in iterables:
        yield from it

print(list(flatten_once([1, 2], (3, 4), "ab", range(5, 7), {8: "x"})))
print(list(flatten_once()))
