text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""

def words(lines):
    for line in lines:
        yield from line.split()

counts = {}
for w in words(text.splitlines()):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
