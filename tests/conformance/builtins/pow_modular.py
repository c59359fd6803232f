# Three-argument pow: modular powers and inverses, and its errors.
print(pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 5), pow(3, 3, -5), pow(True, 5, 3))
print(pow(3, -1, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
