print("this line never runs: the file does not compile")

def countdown(n)
    while n > 0:
        yield n
        n -= 1
