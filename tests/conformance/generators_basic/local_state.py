def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

print(list(running_total([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(running_total([])))
print(list(running_total(range(1, 11)))[-1])
