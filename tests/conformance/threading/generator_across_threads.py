# One generator resumed from several threads in turn: it sees whichever
# thread is running it, and a second thread cannot resume it meanwhile.
import threading
import time

def tagged():
    while True:
        time.sleep(0.1)
        yield threading.current_thread().name

gen = tagged()

def pull():
    print("pulled", next(gen))

for name in ["first", "second"]:
    t = threading.Thread(target=pull, name=name)
    t.start()
    t.join()

busy = threading.Thread(target=pull, name="busy")
busy.start()
try:
    next(gen)
except ValueError as e:
    print("main:", e)
busy.join()
print("main pulled", next(gen))
