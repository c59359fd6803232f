def words(text):
    for w in text.split():
        yield w.strip(".,!?").lower()

text = "The quick brown fox jumps over the lazy dog. The end!"
print(sorted(set(words(text))))
print(max(words(text), key=len))
print(sorted(words(text), key=lambda w: (len(w), w))[:4])
