it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
words = iter("one two three four five".split())
for w in words:
    print(w, next(words, "-"))
