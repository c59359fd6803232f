# FIFO, LIFO and priority order, and what happens at the limits.
import queue

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for item in [(3, "write report"), (1, "fix bug"), (2, "review"), (1, "deploy")]:
    for q in (fifo, lifo, prio):
        q.put(item)
for name, q in [("fifo", fifo), ("lifo", lifo), ("prio", prio)]:
    print(name, [q.get()[1] for _ in range(q.qsize())])

small = queue.Queue(maxsize=1)
small.put("only")
print(small.full(), small.maxsize)
try:
    small.put_nowait("extra")
except queue.Full:
    print("Full raised")
small.get()
try:
    small.get(timeout=0.5)
except queue.Empty:
    print("Empty raised after waiting")
try:
    small.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.PriorityQueue, queue.Queue))
