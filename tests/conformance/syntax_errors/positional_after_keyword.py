def pair(a, b):
    return a, b

print(pair(a=1, 2))
