import functools

try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a + b, [42]))
