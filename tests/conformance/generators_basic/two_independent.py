def counter(start):
    while True:
        yield start
        start += 1

a = counter(10)
b = counter(100)
print(next(a), next(b), next(a), next(b), next(a))
print(next(b))
