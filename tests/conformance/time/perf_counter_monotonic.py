import time

t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.1)
t1 = time.perf_counter()
m1 = time.monotonic()
print(t1 > t0, m1 >= m0)
print(round(t1 - t0, 1), round(m1 - m0, 1))
print(type(t0).__name__, type(time.time()).__name__)
