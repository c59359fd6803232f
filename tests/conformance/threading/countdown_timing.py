# Two countdowns in threads: total time is the longer one, not the sum.
import threading
import time

def countdown(name, n, pause):
    for i in range(n, 0, -1):
        print(f"{name}: {i}")
        time.sleep(pause)
    print(f"{name}: liftoff")

start = time.perf_counter()
one = threading.Thread(target=countdown, args=("one", 3, 0.5))
two = threading.Thread(target=countdown, args=("two", 2, 0.6))
one.start()
time.sleep(0.2)
two.start()
one.join()
two.join()
print("elapsed about", round(time.perf_counter() - start, 1), "s")
