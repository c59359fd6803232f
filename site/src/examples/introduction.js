import { DEFAULT_PROGRAM } from '../examples.js';
import { py } from './py.js';

const section = 'Introduction to Generators';

export default [
  {
    id: 'power',
    title: 'Powers of two',
    section,
    blurb: 'A generator hands out powers of two one at a time, and list() collects them.',
    code: DEFAULT_PROGRAM,
    compare: {
      list: py`
def power(n):
    result = []
    for i in range(n):
        result.append(2**i)
    return result      # all 3000 numbers at once

total = sum(power(3000))
print(total.bit_length(), "bits")
`,
      generator: py`
def power(n):
    for i in range(n):
        yield 2**i     # one number at a time

total = sum(power(3000))
print(total.bit_length(), "bits")
`,
    },
  },
  {
    id: 'endless',
    title: 'An endless sequence',
    section,
    blurb: 'A generator may never end: the loop that reads it decides how much it takes.',
    code: py`
def naturals():
    n = 1
    while True:        # no end: values are made only when asked for
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
    print(n, "squared is", n * n)
`,
  },
];
