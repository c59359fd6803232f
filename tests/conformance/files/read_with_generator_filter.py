with open("numbers.txt", "w") as f:
    for n in range(1, 21):
        f.write(f"{n}\n")

def read_numbers(path):
    with open(path) as f:
        for line in f:
            yield int(line)

evens = (n for n in read_numbers("numbers.txt") if n % 2 == 0)
print(list(evens))
print(sum(read_numbers("numbers.txt")))
