def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f = factorial(100)
print(f)
print(len(str(f)))
print(sum(map(int, str(f))))
print(f // factorial(98))
