import math

def circle(r):
    return math.pi * r ** 2, 2 * math.pi * r

for r in [1, 2.5, 10]:
    area, circumference = circle(r)
    print(f"r={r}: area={area:.3f} circumference={circumference:.3f}")
print(math.dist((0, 0), (3, 4)), round(math.dist((1, 1), (4, 5)), 3))
