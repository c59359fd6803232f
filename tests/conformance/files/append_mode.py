with open("log.txt", "w") as f:
    f.write("start\n")
for i in range(3):
    with open("log.txt", "a") as f:
        f.write(f"entry {i}\n")
with open("log.txt") as f:
    print(f.read(), end="")
