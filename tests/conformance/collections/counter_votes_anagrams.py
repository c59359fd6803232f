# Tallies with ties (most_common keeps first-seen order among equal counts),
# anagram checks, and the top letters of each word.
from collections import Counter

ballots = ["bob", "ada", "cy", "ada", "bob", "dee", "cy", "eve"]
votes = Counter(ballots)
print(votes.most_common())
print(votes.most_common(2), votes.most_common(0), votes.most_common(100)[-1])
winner, top = votes.most_common(1)[0]
print(winner, top, [name for name, n in votes.items() if n == top])

def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())

for pair in [("listen", "silent"), ("Dormitory", "dirty room"), ("apple", "paple"), ("abc", "abd")]:
    print(pair, is_anagram(*pair))

for word in ["mississippi", "banana", "bookkeeper"]:
    print(word, Counter(word).most_common(2))

def rolls():
    yield from [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]

dice = Counter(rolls())
print(dice, sorted(dice), dice[7])
print(list(Counter({"x": 2, "y": 0, "z": -1, "w": 1}).elements()))
