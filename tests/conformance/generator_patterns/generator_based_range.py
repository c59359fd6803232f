def frange(start, stop, step):
    x = start
    while x < stop:
        yield round(x, 10)
        x += step

print(list(frange(0, 1, 0.25)))
print(list(frange(0, 1, 0.1)))
print(len(list(frange(0, 10, 0.5))))
