import { py } from './py.js';

const section = 'Best Practices: next() and send()';

export default [
  {
    id: 'geometric',
    title: 'Stepping with next()',
    section,
    blurb: 'next() takes exactly one value from an endless geometric sequence, and can return a default at the end.',
    code: py`
def geometric(start, ratio):
    term = start
    while True:
        yield term
        term *= ratio

g = geometric(3, 2)
print(next(g), next(g), next(g))
halves = geometric(1.0, 0.5)
print([next(halves) for _ in range(5)])

short = iter([1])
print(next(short), next(short, "default once empty"))
`,
  },
  {
    id: 'running-average',
    title: 'Sending values in',
    section,
    blurb: 'send() delivers a value to the paused yield and returns what the generator yields next.',
    code: py`
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average   # send() resumes here with a value
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)                       # run to the first yield ("priming")
for reading in [10, 20, 60]:
    print(f"sent {reading}, average now {avg.send(reading)}")
`,
  },
  {
    id: 'send-too-early',
    title: 'Priming before send()',
    section,
    blurb: 'A new generator has no paused yield to receive a value, so the first send must be None.',
    code: py`
def echo():
    while True:
        received = yield
        print("echo:", received)

e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
e.send(None)       # same as next(e): runs to the first yield
e.send("hello")
e.send("world")
`,
  },
  {
    id: 'throw-close',
    title: 'throw() and close()',
    section,
    blurb: 'throw() raises an exception at the paused yield; close() raises GeneratorExit there so finally blocks run.',
    code: py`
import inspect

def worker():
    try:
        while True:
            try:
                job = yield
                print("doing", job)
            except ValueError as err:
                print("skipped a bad job:", err)
    finally:
        print("worker cleans up")

w = worker()
next(w)
w.send("job 1")
w.throw(ValueError("job 2 is broken"))
w.send("job 3")
w.close()
print(inspect.getgeneratorstate(w))
`,
  },
];
