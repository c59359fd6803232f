a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2)
print(1 << 100)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) >> 90)
print((255).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
print(bin(0b1011 ^ 0b0110))
