import { py } from './py.js';

const section = 'Understanding the yield Statement';

export default [
  {
    id: 'pause-resume',
    title: 'Pause and resume',
    section,
    blurb: 'Each next() runs the body up to the following yield and pauses there, keeping every local.',
    code: py`
def greeter():
    print("  [body starts]")
    yield "Hello"
    print("  [resumed after Hello]")
    yield "World"
    print("  [resumed after World]")
    yield "!"
    print("  [body ends]")

g = greeter()
print("nothing has run yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration: nothing left")
`,
  },
  {
    id: 'multiples',
    title: 'A generator with parameters',
    section,
    blurb: 'Arguments shape what a generator yields; each call makes a new, independent generator.',
    code: py`
def multiples(of, below):
    n = 0
    while n < below:
        if n % of == 0:
            yield n
        n += 1

print(list(multiples(2, 15)))
print(list(multiples(5, 31)))
print(sum(multiples(3, 100)))
`,
  },
  {
    id: 'generator-state',
    title: 'The life of a generator',
    section,
    blurb: 'inspect.getgeneratorstate shows a generator going from created to suspended to closed.',
    code: py`
import inspect

def two_steps():
    yield "first"
    yield "second"

g = two_steps()
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g, "no more"), inspect.getgeneratorstate(g))
`,
  },
];
