def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Hey", name="Dee"))
