first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
a, *rest = [1]
print(a, rest)
a, b, *rest = range(10)
print(a, b, rest)
