from itertools import compress, filterfalse

def flags():
    for f in [1, 0, 1, 0, 1]:
        print("  flag", f)
        yield f

print(list(compress("abcdefg", flags())))
print(list(compress(range(10), [n % 3 == 0 for n in range(10)])))
print(list(compress(data="xyz", selectors=[0, 1, 1])))
print(list(filterfalse(lambda n: n % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(str.isdigit, "a1b2c3")))
try:
    compress("abc")
except TypeError as e:
    print("TypeError:", e)
