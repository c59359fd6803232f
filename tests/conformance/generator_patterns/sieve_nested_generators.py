def integers_from(n):
    while True:
        yield n
        n += 1

def drop_multiples(p, numbers):
    for n in numbers:
        if n % p:
            yield n

def sieve():
    numbers = integers_from(2)
    while True:
        p = next(numbers)
        yield p
        numbers = drop_multiples(p, numbers)

primes = sieve()
print([next(primes) for _ in range(25)])
