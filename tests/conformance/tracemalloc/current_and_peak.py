import tracemalloc

tracemalloc.start()
data = [str(i) for i in range(20000)]
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
del data
after, peak2 = tracemalloc.get_traced_memory()
print(after < current, peak2 >= peak)
tracemalloc.stop()
