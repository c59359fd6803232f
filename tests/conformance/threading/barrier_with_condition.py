# A home-made barrier: every runner waits at the start line until all have
# arrived, then they all go.
import threading
import time

arrived = 0
runners = 3
cond = threading.Condition()

def runner(name, warmup):
    global arrived
    time.sleep(warmup)
    with cond:
        arrived += 1
        print(f"{name} at the line ({arrived}/{runners})")
        if arrived == runners:
            cond.notify_all()
        else:
            cond.wait_for(lambda: arrived == runners)
    time.sleep(warmup)
    print(f"{name} finishes")

threads = [threading.Thread(target=runner, args=(n, w)) for n, w in [("ann", 0.3), ("bo", 0.1), ("cy", 0.5)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
