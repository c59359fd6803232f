def gen():
    yield 1
    return 5

g = gen()
print(list(g))
print(list(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "value", e.value)
