# A generator produces readings; one thread moves them into a queue, the
# main thread reads them out as they arrive.
import queue
import threading
import time

def readings(count):
    for i in range(count):
        time.sleep(0.3)
        yield i * 1.5

q = queue.Queue()

def feed():
    for value in readings(4):
        q.put(value)
    q.put("end")

threading.Thread(target=feed).start()
start = time.monotonic()
while (value := q.get()) != "end":
    print(f"{time.monotonic() - start:.1f}s: {value}")
print("feed finished")
