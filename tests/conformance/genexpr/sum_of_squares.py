print(sum(x * x for x in range(10)))
print(sum(x for x in range(101) if x % 3 == 0))
print(max(len(w) for w in ["gen", "expression", "lazy"]))
