def string_generator(string):
    for char in string:
        yield char

# --- usage, added for the conformance suite ---
for c in string_generator("yield"):
    print(c, end=" ")
print()
g = string_generator("ab")
print(next(g), next(g))
print(next(g, "done"))
print("-".join(string_generator("generator")))
