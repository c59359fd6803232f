import math

print(math.factorial(10), math.factorial(0))
print(math.factorial(50))
print(math.gcd(48, 180), math.gcd(17, 5), math.gcd(0, 9), math.lcm(4, 6))
print(math.comb(5, 2), math.perm(5, 2), math.comb(50, 25))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
