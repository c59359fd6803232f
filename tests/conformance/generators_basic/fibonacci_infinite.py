def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
for n in fib():
    if n > 1000:
        print("first over 1000:", n)
        break
