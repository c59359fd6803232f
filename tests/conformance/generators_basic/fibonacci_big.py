def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, n in enumerate(fib()):
    if i == 100:
        print(i, n)
    if i == 300:
        print(i, n)
        break
