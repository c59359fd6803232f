for name, words in [("a.txt", "one two three"), ("b.txt", "uno dos")]:
    with open(name, "w") as f:
        f.write("\n".join(words.split()) + "\n")

def read_words(path):
    with open(path) as f:
        for line in f:
            yield line.strip()

def alternate(*gens):
    gens = list(gens)
    while gens:
        for g in gens[:]:
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(alternate(read_words("a.txt"), read_words("b.txt"))))
