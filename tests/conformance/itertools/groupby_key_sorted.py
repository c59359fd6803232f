from itertools import groupby

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
by_age = {age: [n for n, _ in grp] for age, grp in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1])}
print(by_age)
