s = "generator"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::2], s[::-1], s[-3:])
print(s[1:-1], s[100:], s[-100:3], repr(s[5:2]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "G"
except TypeError as e:
    print("TypeError:", e)
