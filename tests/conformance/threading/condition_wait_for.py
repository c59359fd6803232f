# Condition.wait_for(predicate, timeout): wait until a condition on shared
# state holds, or give up.
import threading
import time

stock = {"apples": 0}
cond = threading.Condition()

def deliver(n, delay):
    time.sleep(delay)
    with cond:
        stock["apples"] += n
        print("delivered", n)
        cond.notify_all()

threading.Thread(target=deliver, args=(3, 0.5)).start()
threading.Thread(target=deliver, args=(4, 1.0)).start()

with cond:
    print("enough for 5?", cond.wait_for(lambda: stock["apples"] >= 5, timeout=0.8))
    print("apples now", stock["apples"])
    print("enough for 5 now?", cond.wait_for(lambda: stock["apples"] >= 5))
    print("apples now", stock["apples"])
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
