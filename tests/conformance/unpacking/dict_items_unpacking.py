scores = {"ann": 90, "bob": 72}
for name, score in scores.items():
    print(f"{name} scored {score}")
(k1, v1), (k2, v2) = scores.items()
print(k1, v1, k2, v2)
