import math

print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.modf(-3.25), math.copysign(2, -1))
print(math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 3)), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.log(2 ** 2000), math.log10(10 ** 400), math.log(1024, 2), math.exp(-1))
print(math.perm(5), math.perm(6, 2), math.comb(6, 7), math.lcm(4, 6, 10), math.gcd(-12, 18))
print(math.prod(n for n in range(1, 6)), math.prod([0.5, 4], start=3), math.fsum([1, 1e100, 1, -1e100]))
for call in [lambda: math.pow(0, -1), lambda: math.exp(1000), lambda: math.comb(-1, 2),
             lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.log(10, 1),
             lambda: math.floor(float("inf")), lambda: math.fsum([math.inf, -math.inf]),
             lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.gcd(1.5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
