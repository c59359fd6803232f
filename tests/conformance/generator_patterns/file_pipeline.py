with open("data.csv", "w") as f:
    f.write("city,temp\n")
    for city, temp in [("Oslo", -3), ("Rome", 14), ("Cairo", 25), ("Lima", 19)]:
        f.write(f"{city},{temp}\n")

def read_rows(path):
    with open(path) as f:
        next(f)
        for line in f:
            city, temp = line.rstrip("\n").split(",")
            yield city, int(temp)

warm = (city for city, temp in read_rows("data.csv") if temp > 15)
print(list(warm))
print(max(read_rows("data.csv"), key=lambda row: row[1]))
