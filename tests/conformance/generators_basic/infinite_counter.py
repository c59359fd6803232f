def naturals():
    n = 0
    while True:
        yield n
        n += 1

g = naturals()
for value in g:
    if value > 5:
        break
    print(value, end=" ")
print()
print(next(g), next(g))
