# threading.enumerate() and active_count() list the threads still alive.
import threading
import time

def nap(seconds):
    time.sleep(seconds)

def names():
    return [t.name for t in threading.enumerate()]

print(threading.active_count(), names())
naps = [threading.Thread(target=nap, args=(s,), name=f"nap{s}") for s in (0.2, 0.4)]
for t in naps:
    t.start()
print(threading.active_count(), names())
time.sleep(0.3)
print(threading.active_count(), names())
for t in naps:
    t.join()
print(threading.active_count(), names())
print(threading.main_thread() is threading.current_thread())
