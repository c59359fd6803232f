def narcissistic(limit):
    for n in range(1, limit):
        digits = str(n)
        if n == sum(int(d) ** len(digits) for d in digits):
            yield n

print(list(narcissistic(10000)))
