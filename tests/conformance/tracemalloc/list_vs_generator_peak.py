import tracemalloc

tracemalloc.start()
total = sum([i * i for i in range(50000)])
_, list_peak = tracemalloc.get_traced_memory()
tracemalloc.stop()

tracemalloc.start()
total2 = sum(i * i for i in range(50000))
_, gen_peak = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(total == total2)
print(gen_peak < list_peak)
print(list_peak > 100000)
