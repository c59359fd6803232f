# Merging sorted streams produced by generators, as in the heapq docs.
import heapq

def multiples(k, limit):
    n = k
    while n <= limit:
        yield n
        n += k

merged = heapq.merge(multiples(3, 15), multiples(5, 15), multiples(7, 15))
print(next(merged), next(merged), list(merged))

def timestamps(name, times):
    for t in times:
        yield (t, name)

log = heapq.merge(timestamps("web", [1, 5, 9]), timestamps("db", [2, 5, 6]))
for t, name in log:
    print(t, name)

words = heapq.merge(["apple", "kiwi"], ["fig", "banana"], key=len)
print(list(words))
print(heapq.nsmallest(3, multiples(4, 40)), heapq.nlargest(2, multiples(4, 40)))
