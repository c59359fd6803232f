from collections import Counter

a = Counter(apples=3, pears=1)
b = Counter(apples=1, kiwis=2)
print(a + b)
print(a - b)
a.update(["pears", "pears"])
print(a)
a.subtract({"apples": 5})
print(a)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
