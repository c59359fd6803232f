numbers = [10, 20, 30]
it = iter(numbers)
print(type(it).__name__)
print(next(it))
print(next(it))
print(next(it))
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
