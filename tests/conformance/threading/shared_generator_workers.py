# Three workers pull jobs from one shared generator. The lock keeps two
# threads from resuming the generator at the same time.
import threading
import time

def jobs():
    for n in range(1, 8):
        yield f"job{n}"

source = jobs()
lock = threading.Lock()
done_by = {}

def worker(name, pace):
    while True:
        with lock:
            job = next(source, None)
        if job is None:
            break
        done_by[job] = name
        time.sleep(pace)

workers = [threading.Thread(target=worker, args=(name, pace))
           for name, pace in [("ann", 0.3), ("bob", 0.5), ("cy", 0.7)]]
for w in workers:
    w.start()
for w in workers:
    w.join()
for job in sorted(done_by):
    print(job, "->", done_by[job])
