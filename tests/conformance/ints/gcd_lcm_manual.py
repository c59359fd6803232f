def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(48, 180), lcm(4, 6))
result = 1
for k in range(1, 31):
    result = lcm(result, k)
print(result)
print(gcd(2 ** 100, 6 ** 50))
