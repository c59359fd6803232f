n = 1
for i in range(1, 60):
    n = n * 3 + i
print(n)
print(n.bit_length())
print(hash(5), hash(-1), hash(0), hash(True))
print(int(3.99), int(-3.99), int(True), round(2.5), round(3.5))
