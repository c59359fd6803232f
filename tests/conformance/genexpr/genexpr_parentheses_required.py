print(sum(x for x in range(4)))
print(sum((x for x in range(4)), 100))
print(list(zip((x for x in "ab"), (y for y in "cd"))))
