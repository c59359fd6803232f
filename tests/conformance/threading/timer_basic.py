# Timer runs a function after a delay; cancel() stops one that has not fired.
import threading
import time

start = time.monotonic()

def ring(label):
    print(f"{label} rang at {round(time.monotonic() - start, 1)} s")

first = threading.Timer(0.5, ring, args=("first",))
second = threading.Timer(1.0, ring, kwargs={"label": "second"})
never = threading.Timer(0.7, ring, args=("never",))
for timer in (first, second, never):
    timer.start()
time.sleep(0.6)
never.cancel()
for timer in (first, second, never):
    timer.join()
print("finished:", first.finished.is_set(), never.finished.is_set())
