from itertools import cycle, islice

print(list(islice(cycle("abc"), 8)))
print("".join(islice(cycle("-="), 11)))
