def prime_factors(n):
    d = 2
    while d * d <= n:
        while n % d == 0:
            yield d
            n //= d
        d += 1
    if n > 1:
        yield n

for n in [12, 97, 360, 2**10 * 3**4, 600851475143]:
    print(n, list(prime_factors(n)))
