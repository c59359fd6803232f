calls = []

def double(x):
    calls.append(x)
    return x * 2

m = map(double, [1, 2, 3])
print(type(m).__name__, calls)
print(next(m), calls)
print(list(m), calls)
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f))
print(list(filter(lambda w: len(w) > 2, ["hi", "hey", "hello"])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
