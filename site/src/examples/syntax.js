import { py } from './py.js';

const section = 'Syntax and Structure of Generator Functions';

export default [
  {
    id: 'count-up',
    title: 'Counting up',
    section,
    blurb: 'A def with yield in it returns a generator object instead of running its body.',
    code: py`
def count_up(limit, step=1):
    current = 1
    while current <= limit:
        yield current
        current += step

counter = count_up(10, step=3)
print(type(counter).__name__)
print(next(counter), next(counter))
print(list(counter))   # only what is left
`,
  },
  {
    id: 'letters',
    title: 'Letters of a string',
    section,
    blurb: 'Looping over a string inside a generator yields its characters one by one.',
    code: py`
def letters(text):
    for ch in text:
        if ch.isalpha():
            yield ch.upper()

print("-".join(letters("a b, c!")))
for position, ch in enumerate(letters("yield")):
    print(position, ch)
`,
  },
  {
    id: 'is-generator',
    title: 'What makes a generator',
    section,
    blurb: 'One yield anywhere in the body, even one never reached, makes the whole function a generator.',
    code: py`
import inspect

def maybe(flag):
    if flag:
        yield "the flag was set"
    return             # a bare return just ends the generator

def first(words):
    for word in words:
        return word    # no yield: an ordinary function

print(list(maybe(True)), list(maybe(False)))
print(inspect.isgeneratorfunction(maybe))
print(inspect.isgeneratorfunction(first))
`,
  },
  {
    id: 'yield-from',
    title: 'Delegating with yield from',
    section,
    blurb: 'yield from passes every value of another generator through, and hands back its return value.',
    code: py`
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)   # let the sub-generator do the work
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], [], [[5]], 6])))

def inner():
    yield "a"
    yield "b"
    return "inner is done"

def outer():
    result = yield from inner()
    yield result

print(list(outer()))
`,
  },
];
