with open("notes.txt", "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    print("third line", file=f)

with open("notes.txt") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip())
with open("notes.txt", "r") as f:
    print(f.readlines())
