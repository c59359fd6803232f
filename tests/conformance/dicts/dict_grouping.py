students = [("ann", "math"), ("bob", "art"), ("cy", "math"), ("dee", "art"), ("eve", "bio")]
groups = {}
for name, subject in students:
    groups.setdefault(subject, []).append(name)
print(groups)
inverse = {}
for subject, names in groups.items():
    for n in names:
        inverse[n] = subject
print(inverse)
