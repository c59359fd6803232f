def safe_divide(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")

print(list(safe_divide([(1, 2), (3, 0), (9, 3)])))
