print(ord("A"), ord("a"), ord("0"), ord("€"))
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
