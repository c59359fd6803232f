def pairs(n):
    for i in range(n):
        for j in range(i + 1, n):
            yield i, j

print(list(pairs(4)))
print(sum(1 for _ in pairs(10)))
