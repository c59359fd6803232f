# An RLock can be taken again by the thread holding it; a plain Lock cannot.
import threading

rlock = threading.RLock()

def countdown(n):
    with rlock:
        if n > 0:
            print("depth", n)
            countdown(n - 1)

countdown(3)
print(rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

lock = threading.Lock()
lock.acquire()
print("second acquire without blocking:", lock.acquire(blocking=False))
lock.release()

def other():
    print("other thread gets the rlock:", rlock.acquire(blocking=False))

rlock.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rlock.release()
