# A Barrier breaks when a wait times out; every waiter then gets
# BrokenBarrierError, until reset() makes it usable again.
import threading
import time

gate = threading.Barrier(3, timeout=0.5)
outcome = {}

def worker(name, delay):
    time.sleep(delay)
    try:
        outcome[name] = f"index {gate.wait()}"
    except threading.BrokenBarrierError:
        outcome[name] = "found the barrier broken"

threads = [threading.Thread(target=worker, args=(n, d)) for n, d in [("a", 0.1), ("b", 0.3), ("late", 2.0)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(outcome):
    print(name, outcome[name])
print("broken:", gate.broken)
gate.reset()
print("after reset:", gate.broken, gate.n_waiting, gate.parties)

pair = threading.Barrier(2)
indexes = {}
t = threading.Thread(target=lambda: indexes.update(helper=pair.wait()))
t.start()
time.sleep(0.2)
indexes["main"] = pair.wait()
t.join()
print(sorted(indexes.items()))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
