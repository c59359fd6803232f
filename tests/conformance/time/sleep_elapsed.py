import time

start = time.time()
time.sleep(0.2)
elapsed = time.time() - start
print(round(elapsed, 1))
print(elapsed >= 0.2)
