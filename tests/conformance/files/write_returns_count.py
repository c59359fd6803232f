with open("out.txt", "w") as f:
    print(f.write("hello"), f.write(""), f.write("\n"))
    f.writelines(["a\n", "b\n"])
with open("out.txt") as f:
    text = f.read()
print(repr(text), len(text))
