# Runners warm up for different times, wait at a Barrier, and all start
# together once the last one arrives; the action runs once, in that thread.
import threading
import time

start = time.monotonic()

def starting_gun():
    print(f"bang at {time.monotonic() - start:.1f} s by {threading.current_thread().name}")

line = threading.Barrier(3, action=starting_gun)

def runner(name, warmup, pace):
    time.sleep(warmup)
    arrival = line.wait()
    time.sleep(pace)
    print(f"{name} (arrived {arrival + 1} of 3) finished at {time.monotonic() - start:.1f} s")

for name, warmup, pace in [("ann", 0.4, 0.5), ("bo", 0.2, 0.2), ("cy", 0.6, 0.9)]:
    threading.Thread(target=runner, args=(name, warmup, pace), name=name).start()
