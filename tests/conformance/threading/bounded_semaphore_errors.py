# Semaphore arguments and BoundedSemaphore's guard against extra releases.
import threading

sem = threading.Semaphore(0)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.2))
sem.release(2)
print(sem.acquire(), sem.acquire(blocking=False), sem._value)
for bad in [lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
pool = threading.BoundedSemaphore(2)
with pool:
    print("inside:", pool._value)
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(pool, threading.Semaphore))
