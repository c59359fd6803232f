import time

def slow_square(x):
    time.sleep(0.05)
    return x * x

start = time.perf_counter()
results = [slow_square(i) for i in range(4)]
duration = time.perf_counter() - start
print(results)
print(round(duration, 1), duration < 5)
