def f(a, b, c):
    return a * 100 + b * 10 + c

args = (1, 2)
print(f(*args, 3))
print(f(*[4, 5], 6))
combined = [*range(3), *[10, 11]]
print(combined)
t = (*"ab", *"cd")
print(t)
s = {*[1, 2], *[2, 3]}
print(sorted(s))
