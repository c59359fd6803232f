def f(a, b):
    return a - b

print(f(**{"a": 10, "b": 3}))
print(f(10, **{"b": 1}))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
