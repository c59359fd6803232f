scores = [50, 82, 91, 40]
for i, s in enumerate(scores):
    if s < 60:
        scores[i] = 60
print(scores)
print(list(enumerate(["x", "y"])), [i * v for i, v in enumerate([5, 5, 5])])
