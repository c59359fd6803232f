import { py } from './py.js';

const section = 'Advanced Techniques: Lazy Execution';

export default [
  {
    id: 'lazy-fibonacci',
    title: 'Work happens on demand',
    section,
    blurb: 'Making the generator computes nothing; each term is computed just before the loop uses it.',
    code: py`
def fibonacci(n):
    a, b = 0, 1
    for i in range(n):
        print(f"  computing term {i}")
        yield a
        a, b = b, a + b

terms = fibonacci(5)   # no term computed yet
print("generator made")
for t in terms:
    print("using", t)
`,
  },
  {
    id: 'pipeline',
    title: 'A generator pipeline',
    section,
    blurb: 'Stages chained like pipes pull one value at a time, so even an endless source is fine.',
    code: py`
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def squared(items):
    for x in items:
        yield x * x

def odd(items):
    return (x for x in items if x % 2)

def first(n, items):
    for count, x in enumerate(items):
        if count == n:
            return
        yield x

print(list(first(5, odd(squared(numbers())))))
`,
  },
  {
    id: 'generator-expressions',
    title: 'Generator expressions',
    section,
    blurb: 'Parentheses instead of brackets give a lazy generator instead of a finished list.',
    code: py`
words = ["generators", "are", "lazy", "iterators"]
lengths = (len(w) for w in words)
print(next(lengths), next(lengths))   # only two lengths computed
print(max(len(w) for w in words))
print(sum(1 for w in words if "a" in w))
print(", ".join(w.upper() for w in words if len(w) > 3))
`,
    compare: {
      list: py`
# Brackets: all 300,000 squares exist before sum() runs.
squares = [x * x for x in range(300_000)]
print(sum(squares))
`,
      generator: py`
# Parentheses: sum() gets one square at a time.
squares = (x * x for x in range(300_000))
print(sum(squares))
`,
    },
  },
  {
    id: 'itertools-pipeline',
    title: 'Pipelines with itertools',
    section,
    blurb: 'itertools builds lazy pipelines from ready-made pieces: count, islice, takewhile, accumulate, chain.',
    code: py`
from itertools import accumulate, chain, count, islice, takewhile

evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(evens, 3)))     # carries on where it stopped

running_totals = accumulate(count(1))
print(list(takewhile(lambda t: t < 40, running_totals)))
print(list(chain("ab", range(3), ["end"])))
`,
  },
];
