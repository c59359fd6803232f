from collections import deque

def window(iterable, size):
    buf = deque(maxlen=size)
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)

print(list(window([1, 2, 3, 4, 5], 3)))
print([sum(w) / 3 for w in window([3, 6, 9, 12], 3)])
