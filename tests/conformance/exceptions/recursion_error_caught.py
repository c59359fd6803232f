def infinite(n):
    return infinite(n + 1) + 1

try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
print("still running")
