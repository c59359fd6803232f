from itertools import islice

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(fib(), 10)))
f = fib()
print(list(islice(f, 5)))
print(list(islice(f, 5)))
print(list(islice(fib(), 100, 101)))
