# An exception in a thread ends that thread only (its traceback goes to
# stderr); the main thread carries on and can see the thread is gone.
import threading

results = {}

def divide(a, b):
    results[(a, b)] = a / b

pairs = [(10, 2), (1, 0), (9, 3)]
threads = [threading.Thread(target=divide, args=p) for p in pairs]
for t in threads:
    t.start()
    t.join()
for p in pairs:
    print(p, results.get(p, "no result"))
print([t.is_alive() for t in threads])
print("main thread finished normally")
