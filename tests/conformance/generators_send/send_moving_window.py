def moving_average(window):
    values = []
    avg = None
    while True:
        x = yield avg
        values.append(x)
        if len(values) > window:
            values.pop(0)
        avg = round(sum(values) / len(values), 2)

m = moving_average(3)
next(m)
for x in [1, 2, 3, 4, 10, 20]:
    print(x, m.send(x))
