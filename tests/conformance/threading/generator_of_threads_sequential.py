import threading
import time

log = []

def task(n):
    time.sleep(0.01)
    log.append(f"task {n} done")

def make_threads(count):
    for i in range(count):
        yield threading.Thread(target=task, args=(i,))

for t in make_threads(4):
    t.start()
    t.join()
print("\n".join(log))
