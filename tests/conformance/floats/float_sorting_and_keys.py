values = [3.5, -1.25, 2, 10.0, 0.1, 1e-3, -0.0, 0]
print(sorted(values))
print(sorted(values, key=abs))
print(sorted(values, reverse=True)[:3])
print(min(values), max(values), sum(values))
