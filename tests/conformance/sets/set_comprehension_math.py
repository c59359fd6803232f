squares = {n * n % 10 for n in range(20)}
print(squares)
multiples = {n for n in range(30) if n % 3 == 0} & {n for n in range(30) if n % 5 == 0}
print(multiples)
print(sum({1, 2, 3} | {3, 4}), max({5, 9, 1}), sorted({10, 2, 33}))
