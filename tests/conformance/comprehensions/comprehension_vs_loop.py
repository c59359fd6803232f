result = []
for word in "the quick brown fox".split():
    if len(word) > 3:
        result.append(word[::-1])
print(result)
print([w[::-1] for w in "the quick brown fox".split() if len(w) > 3])
