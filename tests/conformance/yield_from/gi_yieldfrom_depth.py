def leaf():
    yield "leaf"

def middle():
    yield from leaf()

def top():
    yield from middle()

g = top()
next(g)
depth = 0
current = g
while current is not None:
    print("  " * depth + current.__name__)
    current = current.gi_yieldfrom
    depth += 1
