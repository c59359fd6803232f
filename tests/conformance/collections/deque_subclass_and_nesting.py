# A subclass of deque with methods of its own, a deque that contains itself,
# and deques of deques.
from collections import deque

class History(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)

    def record(self, item):
        self.append(item)
        return self

    def latest(self):
        return self[-1] if self else None

h = History(3)
for cmd in ["ls", "cd src", "make", "make test"]:
    h.record(cmd)
print(h, h.latest(), len(h), isinstance(h, deque))
print(History(2).latest(), type(h).__name__)

class Stack(deque):
    push = deque.append

s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s, s.copy(), s + Stack("ab"))

loop = deque([1, 2])
loop.append(loop)
print(loop)
grid = deque([deque([1, 2]), deque([3])])
grid[1].appendleft(0)
print(grid, grid[0] == deque([1, 2]))
