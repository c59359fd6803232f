with open("poem.txt", "w") as f:
    f.write("Roses are red\nViolets are blue\nGenerators are lazy\n")

with open("poem.txt") as f:
    while True:
        line = f.readline()
        if not line:
            break
        print(repr(line))
with open("poem.txt") as f:
    print(f.read(5), "|", f.read(3), "|", f.readline(), end="")
