squares = [x * x for x in range(8)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
print([c.upper() for c in "comp" if c != "o"])
print([(x, y) for x in range(3) for y in range(x)])
