def accumulator():
    total = 0
    while True:
        total += yield total

acc = accumulator()
acc.send(5)
