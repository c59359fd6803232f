import itertools

for i in itertools.count(5):
    if i > 8:
        break
    print(i)
c = itertools.count(10, 5)
print(next(c), next(c), next(c))
print(list(zip("abc", itertools.count(1))))
