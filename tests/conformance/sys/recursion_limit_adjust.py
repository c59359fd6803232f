import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500))
sys.setrecursionlimit(100)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(depth(2000))
