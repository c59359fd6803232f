import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
