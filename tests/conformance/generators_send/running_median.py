def median_tracker():
    values = []
    median = None
    while True:
        x = yield median
        values.append(x)
        values.sort()
        mid = len(values) // 2
        if len(values) % 2:
            median = values[mid]
        else:
            median = (values[mid - 1] + values[mid]) / 2

m = median_tracker()
next(m)
for x in [5, 1, 9, 3, 7, 2]:
    print(x, m.send(x))
