text = "para one\nstill one\n\npara two\n\n\npara three\nlast line\n"
with open("notes.txt", "w") as f:
    f.write(text)

def paragraphs(path):
    current = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                current.append(line)
            elif current:
                yield " ".join(current)
                current = []
    if current:
        yield " ".join(current)

for i, p in enumerate(paragraphs("notes.txt"), 1):
    print(i, repr(p))
