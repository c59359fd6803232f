def letters():
    yield from "abc"

print(list(letters()), list(letters()))
g = letters()
h = letters()
print(next(g), next(g), next(h))
print(g is h, g == h, g == g)
