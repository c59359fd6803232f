def group_sorted(words):
    current, group = None, []
    for w in words:
        if w[0] != current and group:
            yield current, group
            group = []
        current = w[0]
        group.append(w)
    if group:
        yield current, group

for letter, words in group_sorted(sorted(["bee", "ant", "bat", "cow", "ape", "cat"])):
    print(letter, words)
