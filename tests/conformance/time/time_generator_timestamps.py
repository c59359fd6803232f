import time

def ticks(n, interval):
    start = time.monotonic()
    for i in range(n):
        time.sleep(interval)
        yield i, round(time.monotonic() - start, 1)

for i, t in ticks(3, 0.1):
    print(i, t)
