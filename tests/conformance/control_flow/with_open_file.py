with open("hello.txt", "w") as f:
    print(type(f).__name__)
    f.write("Hello\nWorld\n")
print(f.closed)
with open("hello.txt") as f:
    content = f.read()
print(repr(content))
with open("hello.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())
