def stop():
    raise StopIteration

try:
    result = list(x if x < 3 else stop() for x in range(5))
    print(result)
except RuntimeError as e:
    print("genexpr:", e)
try:
    result = [x if x < 3 else stop() for x in range(5)]
except StopIteration:
    print("list comprehension lets StopIteration through")
