# Workers wait on an Event; the main thread sets it once it is ready.
import threading
import time

ready = threading.Event()

def worker(n):
    print(f"worker {n} waiting")
    ready.wait()
    time.sleep(0.2 * n)  # staggered, so they report in a fixed order
    print(f"worker {n} goes")

workers = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
time.sleep(0.3)
print("main: ready?", ready.is_set())
ready.set()
for w in workers:
    w.join()
print("main: ready?", ready.is_set())
ready.clear()
print("after clear:", ready.is_set())
