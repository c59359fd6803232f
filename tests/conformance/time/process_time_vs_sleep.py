import time

cpu0, wall0, ns0 = time.process_time(), time.perf_counter(), time.perf_counter_ns()
time.sleep(0.5)
cpu1, wall1, ns1 = time.process_time(), time.perf_counter(), time.perf_counter_ns()
print(cpu1 - cpu0 < 0.25, round(wall1 - wall0, 1), (ns1 - ns0) // 100_000_000)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10 ** 9)
for bad in ["1", None]:
    try:
        time.sleep(bad)
    except TypeError as e:
        print("TypeError:", e)
