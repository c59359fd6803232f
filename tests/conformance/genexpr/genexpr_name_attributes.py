g = (x for x in range(3))
print(g.__name__, g.__qualname__, g.gi_code.co_name)

def make():
    return (y for y in "ab")

print(make().__qualname__)
