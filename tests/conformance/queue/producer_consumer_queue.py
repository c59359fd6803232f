# The classic producer/consumer: a bounded queue.Queue between them, and
# None as the "no more work" signal.
import queue
import threading
import time

q = queue.Queue(maxsize=2)

def producer():
    for n in range(5):
        q.put(n)
        print(f"put {n} (size {q.qsize()})")
    q.put(None)
    print("producer done")

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        time.sleep(0.2)  # work on it, then report
        print(f"  handled {item}")
    print("consumer done")

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
p.start()
time.sleep(0.1)  # the producer fills the queue first
c.start()
p.join()
c.join()
print("empty at the end:", q.empty())
