def vowels(text):
    for ch in text:
        if ch.lower() in "aeiou":
            yield ch

print(list(vowels("Generators Are Iterators")))
print("".join(vowels("Python")))
print(len(list(vowels("queueing"))))
