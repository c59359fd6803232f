print("ab" * 3, 3 * "-", "x" * 0, "y" * -1 == "")
s = ""
for word in ["gen", "er", "ator"]:
    s += word
print(s, len(s))
print("con" "cat" "enated")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
