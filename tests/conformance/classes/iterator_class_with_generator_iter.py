class Fibonacci:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

fib = Fibonacci(50)
print(list(fib))
print(sum(fib), max(fib))
print(type(iter(fib)).__name__)
