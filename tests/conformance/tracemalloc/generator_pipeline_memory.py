import tracemalloc

def numbers(n):
    for i in range(n):
        yield i

def squares(nums):
    for n in nums:
        yield n * n

tracemalloc.start()
result = sum(squares(numbers(100000)))
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(result)
print(peak < 100000)
print(current <= peak)
