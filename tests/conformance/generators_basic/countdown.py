def countdown(n):
    print("Starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("Done!")

for x in countdown(3):
    print(x)
