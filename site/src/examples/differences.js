import { py } from './py.js';

const section = 'Differences between Generators and Regular Functions';

export default [
  {
    id: 'squares-two-ways',
    title: 'Squares: list or generator',
    section,
    blurb: 'The same squares returned as a finished list, or yielded one at a time.',
    code: py`
def squares_list(nums):
    result = []
    for n in nums:
        result.append(n * n)
    return result      # everything at once

def squares_gen(nums):
    for n in nums:
        yield n * n    # one value per request

print(squares_list(range(6)))
print(type(squares_gen(range(6))).__name__)
print(list(squares_gen(range(6))))
`,
    compare: {
      list: py`
def squares(nums):
    result = []
    for n in nums:
        result.append(n * n)
    return result

print(sum(squares(range(200_000))))
`,
      generator: py`
def squares(nums):
    for n in nums:
        yield n * n

print(sum(squares(range(200_000))))
`,
    },
  },
  {
    id: 'when-code-runs',
    title: 'When the body runs',
    section,
    blurb: 'A regular function runs as soon as it is called; a generator waits for the first next().',
    code: py`
def regular():
    print("regular: running now")
    return [1, 2]

def generator():
    print("generator: running now")
    yield 1
    yield 2

r = regular()      # the body runs here
g = generator()    # nothing runs yet
print("both functions called")
print(r)
print(list(g))     # the generator's body runs here
`,
  },
  {
    id: 'one-pass',
    title: 'Used up after one pass',
    section,
    blurb: 'A list can be read again and again; a generator is empty once it has been read.',
    code: py`
nums = [3, 1, 2]
squares = (n * n for n in nums)
print(sum(squares))    # 14
print(sum(squares))    # 0: nothing left to read

as_list = [n * n for n in nums]
print(sum(as_list), sum(as_list))
`,
  },
];
