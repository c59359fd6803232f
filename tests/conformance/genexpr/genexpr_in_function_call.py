words = ["apple", "Banana", "cherry", "date"]
print(", ".join(w.upper() for w in words))
print(any(w.startswith("B") for w in words))
print(all(len(w) > 3 for w in words))
print(sorted((w.lower() for w in words), key=len))
print(dict((w[0], len(w)) for w in words))
