numbers = map(int, ["1", "2", "3"])
print(sum(numbers))
print(sum(numbers))
squares = [n * n for n in range(4)]
print(sum(squares), sum(squares))
evens = filter(lambda n: n % 2 == 0, range(10))
print(list(evens), list(evens))
