# heapq: the heap order of pushes and pops, and merge pulling lazily from generators.
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 0, 3, 8]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 6), data, heapq.heappushpop(data, 2), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
while tasks:
    print(heapq.heappop(tasks))
def gen(name, items):
    for x in items:
        print("  ", name, "gives", x)
        yield x
for v in heapq.merge(gen("a", [1, 4, 7]), gen("b", [2, 4, 5]), gen("c", [])):
    print(v)
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
