# Threads finish in the order of their sleeps; join() returns as soon as the
# joined thread is done, whatever order the joins are written in.
import threading
import time

finished = []

def task(name, seconds):
    time.sleep(seconds)
    finished.append(name)

threads = {name: threading.Thread(target=task, args=(name, s))
           for name, s in [("long", 0.9), ("short", 0.3), ("medium", 0.6)]}
for t in threads.values():
    t.start()

for name in ["medium", "long", "short"]:
    threads[name].join()
    print(f"joined {name}; finished so far: {finished}")
print([t.is_alive() for t in threads.values()])
