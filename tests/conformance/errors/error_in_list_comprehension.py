values = [4, 2, 0, 1]
print([8 // v for v in values if v > 1])
print([8 // v for v in values])
