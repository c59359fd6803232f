from collections import defaultdict

counts = defaultdict(int)
for ch in "generator":
    counts[ch] += 1
print(dict(counts))
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups))
print(groups["z"], "z" in groups)
