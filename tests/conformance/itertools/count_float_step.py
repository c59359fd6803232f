from itertools import count

c = count(0, 0.5)
print([next(c) for _ in range(5)])
d = count(1.5)
print(next(d), next(d))
print(list(zip(count(-3, -2), range(4))))
