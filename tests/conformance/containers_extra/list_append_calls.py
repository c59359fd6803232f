# list.append as the dispatch loop runs it directly (a list's own method,
# one argument) and every other way it can be reached or misused.
squares = []
for i in range(6):
    squares.append(i * i)
print(squares)

grid = [[], []]
grid[0].append(grid[1])          # a list inside a list, then itself
grid[1].append(grid)
print(len(grid[0]), grid[1][0] is grid)

append = squares.append          # a bound method object
append(36)
list.append(squares, 49)         # through the type
print(squares[-2:])

for call in [lambda: squares.append(), lambda: squares.append(1, 2),
             lambda: squares.append(x=1), lambda: list.append((1,), 2),
             lambda: list.append()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Box:
    def __init__(self):
        self.items = []
    def append(self, x):         # a method of the same name on another type
        self.items.append(x * 10)
        return "boxed"

b = Box()
print(b.append(4), b.items)

values = []
for v in ("a", 1.5, None, (1, 2), values):
    values.append(v)
print(len(values), values[:4], values[4] is values)
