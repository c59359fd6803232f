numbers = [3, 1, 4, 1, 5]
print(" + ".join(str(n) for n in numbers), "=", sum(numbers))
print("".join(chr(ord("a") + n) for n in numbers))
try:
    print(",".join(n for n in numbers))
except TypeError as e:
    print("TypeError:", e)
