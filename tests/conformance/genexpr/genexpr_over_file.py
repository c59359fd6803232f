with open("scores.txt", "w") as f:
    f.write("ada 91\nbob 78\ncy 85\n")

with open("scores.txt") as f:
    scores = (int(line.split()[1]) for line in f)
    print(max(scores))
with open("scores.txt") as f:
    print(sum(1 for _ in f))
