# Event.wait(timeout) answers False when the time runs out, True once set.
import threading
import time

flag = threading.Event()

def setter():
    time.sleep(1)
    flag.set()

t = threading.Thread(target=setter)
t.start()
start = time.monotonic()
print("first wait:", flag.wait(0.4), round(time.monotonic() - start, 1))
print("second wait:", flag.wait(5), round(time.monotonic() - start, 1))
print("already set:", flag.wait(0))
t.join()
