# A daemon thread does not keep the program alive; threads a daemon starts
# are daemons too.
import threading
import time

def heartbeat():
    child = threading.Thread(target=time.sleep, args=(0.1,))
    print("child inherits daemon:", child.daemon)
    while True:
        print("beat")
        time.sleep(0.4)

def job():
    time.sleep(1)
    print("job done")

hb = threading.Thread(target=heartbeat, daemon=True)
print(hb.daemon, threading.Thread(target=job).daemon)
hb.start()
threading.Thread(target=job).start()
time.sleep(0.2)
print("main ends")
