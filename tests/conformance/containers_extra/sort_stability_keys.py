# Sorting records by several keys: sort is stable, so sort by the
# secondary key first, then by the primary key.
students = [
    ("ana", "math", 90), ("ben", "art", 85), ("cy", "math", 85),
    ("dee", "art", 90), ("eli", "math", 90), ("fay", "art", 70),
]
by_score = students.copy()
by_score.sort(key=lambda s: s[2], reverse=True)
print(by_score)
by_subject_then_score = students.copy()
by_subject_then_score.sort(key=lambda s: s[2], reverse=True)
by_subject_then_score.sort(key=lambda s: s[1])
for name, subject, score in by_subject_then_score:
    print(f"{subject:5} {score:3} {name}")
words = "Banana apple Cherry date Elderberry fig".split()
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(words.sort() is None, words)
