(a, b), c = (1, 2), 3
print(a, b, c)
name, (year, month, day) = "launch", (2024, 5, 17)
print(name, year, month, day)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
