def documented(a, b=1):
    """Adds two numbers."""
    return a + b

print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__)
print(callable(documented), callable(5))
