import threading
import time

def delayed(message, delay):
    time.sleep(delay)
    print(message)

threads = [
    threading.Thread(target=delayed, args=("slow", 0.6)),
    threading.Thread(target=delayed, args=("fast", 0.2)),
    threading.Thread(target=delayed, args=("medium", 0.4)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished")
