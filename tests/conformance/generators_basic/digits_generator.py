def digits(n):
    if n == 0:
        yield 0
        return
    while n:
        n, d = divmod(n, 10)
        yield d

print(list(digits(12345)), list(digits(0)), sum(digits(2 ** 100)))
print("".join(str(d) for d in digits(9081726354)))
