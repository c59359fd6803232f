# Word frequencies of a text file, read lazily line by line with generators.
from collections import Counter

with open("poem.txt", "w") as f:
    f.write("The rain in Spain\n")
    f.write("falls mainly on the plain.\n")
    f.write("In the plain, the rain\n")
    f.write("is plain rain!\n")

def words(path):
    with open(path) as f:
        for line in f:
            for word in line.split():
                yield word.strip(".,!").lower()

freq = Counter(words("poem.txt"))
print(freq.most_common(3))
print(freq["rain"], freq["snow"], len(freq), freq.total())
print(sorted(w for w, n in freq.items() if n == 1))

letters = Counter(ch for ch in open("poem.txt").read().lower() if ch.isalpha())
print(letters.most_common(5))
print("".join(sorted(letters.elements()))[:20])

lengths = Counter(len(w) for w in words("poem.txt"))
for size, count in sorted(lengths.items()):
    print(f"{size:2} {'#' * count}")
