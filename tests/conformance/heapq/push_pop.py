# A heap kept in a list: the list's order after each step, as a learner prints it.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)

tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'read docs'))
heapq.heappush(tasks, (3, 'run tests'))
heapq.heappush(tasks, (1, 'coffee'))
while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)
