from collections import deque

d = deque()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc"), deque(), bool(deque()))
