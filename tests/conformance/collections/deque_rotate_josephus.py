# The Josephus problem and a round-robin scheduler, both with rotate().
from collections import deque

def josephus(n, k):
    circle = deque(range(1, n + 1))
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order

print(josephus(7, 3))
print(josephus(5, 1), josephus(1, 4))

def task(name, steps):
    for i in range(steps):
        yield f"{name}{i}"

def round_robin(*tasks):
    queue = deque(tasks)
    while queue:
        current = queue[0]
        try:
            yield next(current)
            queue.rotate(-1)
        except StopIteration:
            queue.popleft()

print(list(round_robin(task("a", 3), task("b", 1), task("c", 2))))

d = deque("abcde")
for n in (1, -2, 5, 7, -12, 0):
    d.rotate(n)
    print(n, "".join(d))
