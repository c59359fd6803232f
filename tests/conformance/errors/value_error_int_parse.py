raw = ["10", "20", "thirty"]
total = 0
for item in raw:
    total += int(item)
    print("running total", total)
