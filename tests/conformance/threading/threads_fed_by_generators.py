# Each thread consumes its own generator, sleeping between items, so the
# printed lines interleave by time: a at 0, 0.4, 0.8 ... s, b at 0.2, 0.6 ... s.
import threading
import time

def letters(prefix, count):
    for i in range(count):
        yield f"{prefix}{i}"

def consume(gen, pause):
    for item in gen:
        print(item)
        time.sleep(pause)
    print("exhausted:", gen.__name__)

a = threading.Thread(target=consume, args=(letters("a", 4), 0.4))
b = threading.Thread(target=consume, args=(letters("b", 3), 0.4))
a.start()
time.sleep(0.2)
b.start()
a.join()
b.join()
