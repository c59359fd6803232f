for name, rows in [("left.txt", ["a", "b"]), ("right.txt", ["1", "2", "3"])]:
    with open(name, "w") as f:
        f.write("\n".join(rows) + "\n")

def lines(path):
    with open(path) as f:
        for line in f:
            yield line.strip()

pairs = ((l, r) for l in lines("left.txt") for r in lines("right.txt"))
print(list(pairs))
