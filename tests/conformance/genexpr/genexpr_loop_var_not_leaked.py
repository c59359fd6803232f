x = "outer"
total = sum(x for x in range(5))
print(total, x)
