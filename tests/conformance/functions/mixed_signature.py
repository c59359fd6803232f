def func(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

print(func(1, c=3))
print(func(1, 5, 6, 7, c=3, e=9))
print(func(*[1, 2, 3], **{"c": 0, "z": 1}))
