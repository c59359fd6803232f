def gen():
    yield "x"
    yield "y"

a, b = gen()
print(a, b)
first, *rest = (n * n for n in range(5))
print(first, rest)
try:
    a, b = (c for c in "abc")
except ValueError as e:
    print(e)
