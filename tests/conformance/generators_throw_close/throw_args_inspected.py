class Retry(Exception):
    def __init__(self, delay):
        super().__init__(delay)
        self.delay = delay

def poller():
    attempt = 0
    while True:
        try:
            attempt += 1
            yield f"attempt {attempt}"
        except Retry as r:
            print(f"retrying after {r.delay}s (args={r.args})")

p = poller()
print(next(p))
print(p.throw(Retry(2)))
print(p.throw(Retry(5)))
