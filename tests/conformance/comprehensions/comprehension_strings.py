sentence = "Generators yield values lazily"
print([w[0] for w in sentence.split()])
print("".join([c for c in sentence if c.isupper()]))
print({w.lower(): len(w) for w in sentence.split()})
print([ord(c) - ord("a") for c in "abcxyz"])
