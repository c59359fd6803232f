# A Semaphore lets at most two downloads run at once; the others wait for a
# free slot.
import threading
import time

slots = threading.Semaphore(2)
start = time.monotonic()

def download(name, seconds):
    with slots:
        print(f"{name} starts at {time.monotonic() - start:.1f}")
        time.sleep(seconds)
        print(f"{name} done at {time.monotonic() - start:.1f}")

jobs = [("a", 1.0), ("b", 0.5), ("c", 0.7), ("d", 0.3)]
threads = [threading.Thread(target=download, args=job) for job in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("free slots:", slots._value)
