from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))
print(sorted(c.elements())[:6], sum(c.values()))
