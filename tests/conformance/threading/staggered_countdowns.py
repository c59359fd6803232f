import threading
import time

def countdown(name, n, pause):
    for i in range(n, 0, -1):
        print(name, i)
        time.sleep(pause)

a = threading.Thread(target=countdown, args=("A", 3, 0.4))
b = threading.Thread(target=countdown, args=("B", 2, 0.4))
a.start()
time.sleep(0.2)
b.start()
a.join()
b.join()
print("both finished")
