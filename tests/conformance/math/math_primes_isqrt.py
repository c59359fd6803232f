import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

print([n for n in range(60) if is_prime(n)])
print(is_prime(2 ** 31 - 1), math.isqrt(10 ** 20), math.isqrt(2 ** 100 + 1))
