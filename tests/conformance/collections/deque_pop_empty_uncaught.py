# A work queue drained one item too far: the IndexError is not caught.
from collections import deque

def worker(jobs):
    while True:
        job = jobs.popleft()
        yield f"done {job}"

jobs = deque(["build", "test"])
w = worker(jobs)
print(next(w))
print(next(w))
print(next(w))
