class A:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]

print(A.doubled)

def f():
    n = 3
    return [[n * i for i in range(j)] for j in range(n)]

print(f())
