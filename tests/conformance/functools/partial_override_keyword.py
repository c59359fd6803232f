from functools import partial

def greet(greeting, name, punct="."):
    return f"{greeting}, {name}{punct}"

hello = partial(greet, "Hello", punct="!")
print(hello("Ada"))
print(hello("Bob", punct="?"))
print(hello(name="Cy"))
