# queue.Empty and queue.Full: what they are and where they come from.
import queue

q = queue.Queue(maxsize=1)
q.put("a")
print(q.get_nowait())
for action in [q.get_nowait, lambda: [q.put_nowait(1), q.put_nowait(2)]]:
    try:
        action()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__module__, type(e).__name__, repr(e), isinstance(e, Exception))
