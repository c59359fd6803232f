def classify(numbers):
    for n in numbers:
        if n < 0:
            yield ("negative", n)
        elif n == 0:
            yield ("zero", n)
        else:
            yield ("positive", n)

for kind, n in classify([-2, 0, 7, -1, 3]):
    print(f"{n:>3} is {kind}")
