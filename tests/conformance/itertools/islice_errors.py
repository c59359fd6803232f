from itertools import islice

try:
    islice([1, 2, 3], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    islice([1, 2, 3], 0, 2, 0)
except ValueError as e:
    print("ValueError:", e)
