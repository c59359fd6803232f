# A bounded buffer guarded by a Condition: the producer waits while the
# buffer is full, the consumer while it is empty; each notifies the other.
import threading
import time

buffer = []
capacity = 2
cond = threading.Condition()

def producer():
    for item in range(6):
        with cond:
            while len(buffer) == capacity:
                print("  producer waits: buffer full")
                cond.wait()
            buffer.append(item)
            print("produced", item, buffer)
            cond.notify()

def consumer():
    for _ in range(6):
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            print("consumed", item, buffer)
            cond.notify()
        time.sleep(0.2)

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("buffer at the end:", buffer)
