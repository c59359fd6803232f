# A pool of workers fed from one queue; q.join() returns once every item
# has been marked done with task_done(). (Which worker takes which task is
# up to the scheduler, so only the tasks are printed.)
import queue
import threading
import time

tasks = queue.Queue()
results = []

def worker(name):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        time.sleep(n / 10)
        results.append((n, name))
        tasks.task_done()

pool = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for t in pool:
    t.start()
for n in [5, 1, 3, 2, 4]:
    tasks.put(n)
tasks.join()
print("all tasks done:", sorted(n for n, _ in results))
print("unfinished:", tasks.unfinished_tasks)
for _ in pool:
    tasks.put(None)
for t in pool:
    t.join()
print("workers alive:", [t.is_alive() for t in pool])
