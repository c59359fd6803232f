def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(100))
print(fib(500))
print(fib(1000) % 10 ** 10)
print(len(str(fib(5000))))
