print(abs(-7), abs(7.5), abs(-0.0), abs(True), abs(-(10 ** 20)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(123.456, -1), round(5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), pow(4, 0.5))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
