def by_length(words):
    for w in sorted(words, key=len):
        yield w

gen = by_length(["banana", "fig", "cherry", "kiwi"])
print(next(gen))
print(list(gen))
