# A watcher thread can join the main thread: join() returns once the main
# code has finished, while the interpreter waits for the watcher.
import threading
import time

def watcher():
    print("watcher waits for", threading.main_thread().name)
    threading.main_thread().join()
    print("main is done:", not threading.main_thread().is_alive())

threading.Thread(target=watcher).start()
time.sleep(0.5)
print("main code ends")
