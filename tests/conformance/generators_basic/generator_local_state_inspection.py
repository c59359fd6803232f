def accumulate_words(words):
    seen = []
    for w in words:
        seen.append(w)
        yield len(seen), " ".join(seen)

for count, sentence in accumulate_words(["generators", "keep", "their", "state"]):
    print(count, sentence)
