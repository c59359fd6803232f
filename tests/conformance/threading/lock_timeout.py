# acquire(timeout=...) gives up when another thread keeps the lock too long.
import threading
import time

lock = threading.Lock()

def holder():
    with lock:
        print("holder has the lock")
        time.sleep(1)
    print("holder released it")

t = threading.Thread(target=holder)
t.start()
start = time.monotonic()
print("try for 0.3 s:", lock.acquire(timeout=0.3), round(time.monotonic() - start, 1))
print("try for 2 s:", lock.acquire(timeout=2), round(time.monotonic() - start, 1))
lock.release()
t.join()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
