n = 255
print(bin(n), oct(n), hex(n))
print(bin(-10), hex(-255))
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:08b}")
print(format(1234567, ","), format(1234567, "_"))
print(str(2 ** 64), repr(-0))
