import threading

lock = threading.Lock()
print(lock.locked())
lock.acquire()
print(lock.locked())
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
