import math

print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10))
print(math.degrees(math.pi), math.radians(180))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.exp(0), math.exp(1), math.hypot(3, 4), math.atan2(1, 1))
