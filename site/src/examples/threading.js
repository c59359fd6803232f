import { py } from './py.js';

const section = 'Advanced Techniques: Threading with Generators';

export default [
  {
    id: 'thread-factory',
    title: 'A generator of threads',
    section,
    blurb: 'A generator makes one Thread per countdown; the threads run side by side and are joined at the end.',
    code: py`
import threading
import time

def countdown(name, start, log):
    for i in range(start, 0, -1):
        log.append(f"{name} says {i}")
        time.sleep(0.01)

def make_threads(starts, log):
    for n in starts:
        yield threading.Thread(target=countdown, args=(f"T{n}", n, log))

log = []
threads = list(make_threads([3, 2, 1], log))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(log), "lines logged")
for line in sorted(log):
    print(line)
`,
  },
  {
    id: 'thread-per-generator',
    title: 'Each thread drains a generator',
    section,
    blurb: 'Every thread consumes its own generator, so no two threads ever resume the same one.',
    code: py`
import threading

def squares(n):
    for i in range(n):
        yield i * i

results = {}

def drain(name, gen):
    results[name] = sum(gen)

workers = [threading.Thread(target=drain, args=(f"job{n}", squares(n)))
           for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for name in sorted(results):
    print(name, results[name])
`,
  },
];
