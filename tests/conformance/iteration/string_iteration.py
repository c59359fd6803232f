word = "naïve café"
for i, ch in enumerate(word):
    if not ch.isascii():
        print(i, ch, ord(ch))
print(list("abc"), len(word))
print([c for c in "hello" if c in "aeiou"])
