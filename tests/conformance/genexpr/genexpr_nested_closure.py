def make_gens():
    return [(x * k for x in range(3)) for k in range(1, 4)]

for g in make_gens():
    print(list(g))
