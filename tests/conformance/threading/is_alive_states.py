import threading
import time

def nap():
    time.sleep(0.2)

t = threading.Thread(target=nap)
print(t.is_alive())
t.start()
print(t.is_alive())
t.join()
print(t.is_alive())
