text = "to be or not to be that is the question to be"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:3]
print(top)
print(max(counts, key=counts.get))
