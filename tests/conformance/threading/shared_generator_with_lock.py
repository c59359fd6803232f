import threading

def ids():
    n = 0
    while True:
        n += 1
        yield n

source = ids()
lock = threading.Lock()
taken = []

def take(k):
    for _ in range(k):
        with lock:
            taken.append(next(source))

threads = [threading.Thread(target=take, args=(5,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken) == list(range(1, 16)), len(taken))
