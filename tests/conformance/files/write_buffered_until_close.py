f = open("log.txt", "w")
f.write("first\n")
print(repr(open("log.txt").read()))
f.close()
print(repr(open("log.txt").read()))

with open("log.txt", "a") as f:
    f.writelines(f"line {i}\n" for i in range(3))
    print("to the file", 42, sep=": ", file=f)
with open("log.txt") as f:
    print(f.readline(), end="")
    print(f.tell())
    print(f.readlines(10))
    f.seek(0)
    print(len(f.read()), f.read() == "")
try:
    open("log.txt", "rw")
except ValueError as e:
    print("ValueError:", e)
with open("log.txt") as f:
    print(f.closed, f.name, f.mode)
print(f.closed)
