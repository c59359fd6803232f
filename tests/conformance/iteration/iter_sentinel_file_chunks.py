with open("blob.txt", "w") as f:
    f.write("abcdefghijklmnopqrstuvwxyz")

with open("blob.txt") as f:
    for chunk in iter(lambda: f.read(7), ""):
        print(repr(chunk))
