import time

time.sleep(0)
print("slept zero")
now = time.time()
print(now > 1_600_000_000, isinstance(now, float))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
