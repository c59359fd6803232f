names = ["a", "b", "c"]
scores = [1, 2]
print(list(zip(names, scores)))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(names, [1, 2, 3], strict=True)))
