print(tuple(c for c in "hello" if c != "l"))
print(sorted(set(c for c in "mississippi")))
print(frozenset(n % 3 for n in range(10)) == {0, 1, 2})
