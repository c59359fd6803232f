# The errors heapq's functions raise for bad arguments.
import heapq

tries = [
    lambda: heapq.heappush([]),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heapify(3),
    lambda: heapq.heappop([], 1),
    lambda: heapq.heappushpop([], 1),
    lambda: heapq.heappush(heap=[], item=1),
    lambda: heapq.merge([1], kye=len),
    lambda: heapq.nsmallest(2),
]
for t in tries:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

h = [3]
print(heapq.heappop(h))
heapq.heappop(h)
