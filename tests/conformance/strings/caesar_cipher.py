def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)

secret = caesar("Hello, Generators!", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz", 30))
