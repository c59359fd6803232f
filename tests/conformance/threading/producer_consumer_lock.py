# A producer appends to a shared list under a lock; a consumer takes items
# out under the same lock. Sleeps pace them, so the interleaving is fixed.
import threading
import time

buffer = []
lock = threading.Lock()
done = False

def producer():
    global done
    for item in ["bread", "milk", "eggs", "tea"]:
        with lock:
            buffer.append(item)
            print("produced", item, "buffer:", buffer)
        time.sleep(0.2)
    done = True

def consumer():
    while True:
        with lock:
            if buffer:
                print("consumed", buffer.pop(0))
            elif done:
                print("consumer stops")
                return
        time.sleep(0.5)

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("left over:", buffer)
