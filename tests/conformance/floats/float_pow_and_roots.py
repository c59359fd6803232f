print(2 ** 0.5, 27 ** (1 / 3), 16 ** 0.25, 10 ** -2)
print(abs(-8) ** (1 / 3), round(64 ** (1 / 3), 9))
print(0.0 ** 0, 1.5 ** 2, 2.0 ** 3)
print(pow(2.0, -1), pow(9, 0.5))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
