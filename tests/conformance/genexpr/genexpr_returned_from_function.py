def evens_up_to(limit):
    return (n for n in range(limit + 1) if n % 2 == 0)

g = evens_up_to(10)
print(type(g).__name__, list(g))
print(sum(evens_up_to(100)))
