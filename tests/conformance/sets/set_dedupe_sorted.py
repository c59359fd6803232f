words = ["pear", "apple", "pear", "fig", "apple", "kiwi"]
unique = set(words)
print(len(unique), sorted(unique))
print(sorted(set("mississippi")))
print(sorted({w[0] for w in words}))
print(list(dict.fromkeys(words)))
