data = ["1", "2", "x"]
total = sum(int(d) for d in data)
print(total)
