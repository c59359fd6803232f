words = ["apple", "kiwi", "banana"]
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
print({n: n ** 2 for n in range(5) if n % 2})
