import tracemalloc

tracemalloc.start()
big = list(range(100000))
del big
_, peak_before = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
small = list(range(10))
current, peak_after = tracemalloc.get_traced_memory()
print(peak_after < peak_before)
print(peak_after >= current)
tracemalloc.stop()
