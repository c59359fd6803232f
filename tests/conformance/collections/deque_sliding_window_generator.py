# Moving averages over a stream of readings: a deque with maxlen keeps only
# the last few values, fed one at a time by a generator.
from collections import deque

def readings():
    for value in [12, 15, 11, 20, 18, 25, 30, 22, 19, 17]:
        yield value

def moving_average(stream, size):
    window = deque(maxlen=size)
    for value in stream:
        window.append(value)
        if len(window) == size:
            yield round(sum(window) / size, 2)

print(list(moving_average(readings(), 3)))

def windows(iterable, n):
    it = iter(iterable)
    window = deque((next(it) for _ in range(n)), maxlen=n)
    yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

for w in windows("abcdef", 4):
    print("".join(w))

last_three = deque(readings(), maxlen=3)
print(last_three, last_three.maxlen, max(last_three))
