import { py } from './py.js';

const section = 'Common Use Cases';

export default [
  {
    id: 'read-chunks',
    title: 'Reading a file in chunks',
    section,
    blurb: 'A generator reads a file a fixed number of characters at a time, never all of it at once.',
    code: py`
# First make a file to read: the playground has its own in-memory disk.
with open("story.txt", "w") as f:
    f.write("A generator reads this file a piece at a time.\n" * 3)

def read_chunks(path, size=40):
    with open(path) as f:
        while True:
            chunk = f.read(size)
            if not chunk:
                return
            yield chunk

for number, chunk in enumerate(read_chunks("story.txt"), 1):
    print(number, repr(chunk))
`,
  },
  {
    id: 'log-filter',
    title: 'Filtering a log file',
    section,
    blurb: 'Two small generators chained together pick the error lines out of a log, line by line.',
    code: py`
with open("server.log", "w") as log:
    for i in range(1, 13):
        level = "ERROR" if i % 4 == 0 else "INFO"
        log.write(f"{level} request {i}\n")

def lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")

def errors(rows):
    for row in rows:
        if row.startswith("ERROR"):
            yield row

for row in errors(lines("server.log")):
    print(row)
`,
    compare: {
      list: py`
with open("server.log", "w") as log:
    for i in range(20_000):
        level = "ERROR" if i % 4 == 0 else "INFO"
        log.write(f"{level} request {i}\n")

def lines(path):
    # Every line of the file, in memory at once.
    with open(path) as f:
        return [line.rstrip("\n") for line in f]

errors = 0
for row in lines("server.log"):
    if row.startswith("ERROR"):
        errors += 1
print(errors, "errors")
`,
      generator: py`
with open("server.log", "w") as log:
    for i in range(20_000):
        level = "ERROR" if i % 4 == 0 else "INFO"
        log.write(f"{level} request {i}\n")

def lines(path):
    # One line at a time, as the loop asks for it.
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")

errors = 0
for row in lines("server.log"):
    if row.startswith("ERROR"):
        errors += 1
print(errors, "errors")
`,
    },
  },
  {
    id: 'fibonacci',
    title: 'Endless Fibonacci',
    section,
    blurb: 'An infinite Fibonacci generator, read only as far as each question needs.',
    code: py`
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, items):
    for _, item in zip(range(n), items):
        yield item

print(list(take(12, fibonacci())))
for f in fibonacci():
    if f > 10**20:
        print("first Fibonacci number above 10**20:", f)
        break
`,
  },
  {
    id: 'sliding-window',
    title: 'A sliding window',
    section,
    blurb: 'A deque with maxlen keeps only the newest few values of a stream, however long the stream is.',
    code: py`
from collections import deque

def moving_average(values, size):
    window = deque(maxlen=size)   # only the newest values stay
    for value in values:
        window.append(value)
        if len(window) == size:
            yield sum(window) / size

print(list(moving_average([3, 5, 4, 8, 10, 9, 12], 3)))

with open("numbers.txt", "w") as f:
    for i in range(1, 1001):
        f.write(f"line {i}\n")
with open("numbers.txt") as f:
    print(list(deque(f, maxlen=2)))   # the last two lines
`,
  },
];
