nums = range(-5, 6)
print([n if n >= 0 else 0 for n in nums])
print([n for n in nums if n % 2 if n > 0])
print(["fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or n for n in range(1, 16)])
