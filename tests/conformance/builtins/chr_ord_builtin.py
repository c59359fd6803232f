print([ord(c) for c in "AZaz09 "])
print("".join(chr(c) for c in range(65, 75)))
print(chr(960), ord("π"), chr(ord("a") + 25))
alphabet = {chr(ord("a") + i): i for i in range(5)}
print(alphabet)
