print(int("101", 2), int("z", 36), int("7f", 16), int(" -42 "), int("0b11", 0))
print(int(3.9), int(-3.9), int("  12_000  "))
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
