for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    for op in ("/", "//", "%"):
        try:
            result = a / b if op == "/" else a // b if op == "//" else a % b
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod ->", e)
