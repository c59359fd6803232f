def countdown(n):
    if n % 500 == 0:
        print(n)
    return countdown(n - 1)

countdown(1000)
