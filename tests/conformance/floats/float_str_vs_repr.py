values = [0.1, 1/3, 2.0, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 123.456]
for v in values:
    print(str(v), repr(v))
print(str(1.0), str(-1.0), str(10.0 ** 20))
