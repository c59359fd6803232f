# heapq.merge is lazy: it pulls one item at a time from the inputs.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

def numbers(name, xs):
    for x in xs:
        print('  ', name, 'gives', x)
        yield x

m = heapq.merge(numbers('A', [1, 4, 6]), numbers('B', [2, 3]))
print('first:', next(m))
for v in m:
    print('got', v)

def squares():
    n = 0
    while True:
        yield n * n
        n += 1

def cubes():
    n = 0
    while True:
        yield n ** 3
        n += 1

merged = heapq.merge(squares(), cubes())
print([next(merged) for _ in range(10)])
