# Subclassing Thread: __init__ calls the base class, run() does the work
# and keeps its result on the object.
import threading
import time

class Summer(threading.Thread):
    def __init__(self, numbers, delay):
        super().__init__()
        self.numbers = numbers
        self.delay = delay
        self.total = None

    def run(self):
        time.sleep(self.delay)
        self.total = sum(self.numbers)
        print(f"{self.name} summed {len(self.numbers)} numbers")

jobs = [Summer(range(10), 0.3), Summer([5, 5, 5], 0.1), Summer(range(100), 0.2)]
for job in jobs:
    job.start()
for job in jobs:
    job.join()
print([job.total for job in jobs])
print(isinstance(jobs[0], threading.Thread), type(jobs[0]).__name__)
