n = 9876543210
digits = [int(d) for d in str(n)]
print(digits, sum(digits))
print(int("".join(reversed(str(n)))))
total = 0
while n:
    total += n % 10
    n //= 10
print(total)
print(str(12345)[::-1], int(str(12345)[::-1]) * 2)
