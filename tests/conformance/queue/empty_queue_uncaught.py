# get_nowait() on an empty queue raises queue.Empty.
import queue

q = queue.Queue()
q.put("a")
print(q.get_nowait())
print(q.get_nowait())
