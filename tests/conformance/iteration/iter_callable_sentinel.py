values = [3, 5, 0, 7, 9]
pos = 0

def read_value():
    global pos
    v = values[pos]
    pos += 1
    return v

for v in iter(read_value, 0):
    print("value", v)
print("stopped at position", pos)
